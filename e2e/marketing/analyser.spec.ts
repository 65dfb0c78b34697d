import { expect, test } from "@playwright/test";
import { analyseWithCli } from "../support/sms-analyse-cli";

test.beforeEach(async ({ page }) => {
  await page.goto("/analyse");
});

test("counts change as you type, and match the sms:analyse command", async ({ page }) => {
  const field = page.getByLabel("Ihr SMS-Text");
  await field.fill("");
  await expect(page.getByTestId("segments")).toHaveText("0");

  await field.pressSequentially("Termin am Montag: 25 €");
  await expect(page.getByTestId("encoding")).toHaveText("GSM-7 (Standard)");
  await expect(page.getByTestId("characters")).toHaveText("22 / 600");
  await expect(page.locator('mark[data-kind="extension"]')).toHaveText(["€"]);

  await field.pressSequentially(" 😀");
  await expect(page.getByTestId("encoding")).toHaveText("Unicode (UCS-2)");
  await expect(page.getByTestId("characters")).toHaveText("24 / 600");
  await expect(page.getByText("Erzwingt Unicode")).toBeVisible();

  const texts = [
    "Termin am Montag: 25 € 😀",
    "a".repeat(152) + "€" + "a".repeat(20),
    "ж".repeat(66) + "😀" + "ж".repeat(10),
    "Grüße aus Köln – bis bald…".repeat(8),
  ];
  const expected = analyseWithCli(texts);
  for (const [index, text] of texts.entries()) {
    await field.fill(text);
    await expect(page.getByTestId("segments")).toHaveText(String(expected[index].segments));
    await expect(page.getByTestId("characters")).toHaveText(`${expected[index].characters} / 600`);
    const parts = page.getByTestId("parts").first().locator("li p");
    await expect(parts).toHaveCount(expected[index].segments);
  }
});

test("the optimisation switch shows the saving", async ({ page }) => {
  const text = "Guten Tag, Ihr Termin ist am 19.08. um 16:30 Uhr – bitte sagen Sie „rechtzeitig“ ab, falls Sie verhindert sind. Ihre Zahnarztpraxis Dr. Sommer, Tel. 0711 123456";
  const [expected] = analyseWithCli([text], true);
  expect(expected.optimised?.applied).toBe(true);
  await page.getByLabel("Ihr SMS-Text").fill(text);
  await page.getByRole("switch", { name: "Zeichenoptimierung anwenden" }).click();
  await expect(page.getByRole("switch", { name: "Zeichenoptimierung anwenden" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByTestId("saving")).toContainText(`${expected.segments} SMS → ${expected.optimised!.segments} SMS`);

  await page.getByLabel("Ihr SMS-Text").fill("Bis bald 😀 – Ihr Team");
  await expect(page.getByTestId("saving")).toContainText("Keine Ersparnis");
});

test("copies the text", async ({ page, context, browserName }) => {
  test.skip(browserName !== "chromium");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByLabel("Ihr SMS-Text").fill("Bitte bringen Sie Ihre Karte mit.");
  await page.getByRole("button", { name: "Text kopieren" }).click();
  await expect(page.getByRole("button", { name: "Kopiert ✓" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("Bitte bringen Sie Ihre Karte mit.");
});

test("says clearly when the text is over 600 characters", async ({ page }) => {
  const field = page.getByLabel("Ihr SMS-Text");
  await field.fill("a".repeat(601));
  const error = page.getByRole("alert").filter({ hasText: "zu lang" });
  await expect(error).toContainText("Der Text ist 1 Zeichen zu lang");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await field.fill("a".repeat(600));
  await expect(error).toHaveCount(0);
  await expect(page.getByTestId("segments")).toHaveText("4");
});
