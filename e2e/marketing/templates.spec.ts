import { expect, test } from "@playwright/test";
import { fillTemplate } from "../../lib/content/fill-template";
import { PLACEHOLDERS, TEMPLATES } from "../../lib/content/templates";
import { analyseWithCli } from "../support/sms-analyse-cli";

const examples = Object.fromEntries(PLACEHOLDERS.map((p) => [p.key, p.example]));

test("every card shows the same count as the sms:analyse command", async ({ page }) => {
  await page.goto("/vorlagen");
  const cards = page.getByTestId("template-card");
  await expect(cards).toHaveCount(TEMPLATES.length);
  const expected = analyseWithCli(TEMPLATES.map((t) => fillTemplate(t.text, examples)));
  for (const [index, template] of TEMPLATES.entries()) {
    const card = page.locator(`[data-template-id="${template.id}"]`);
    await expect(card.getByTestId("template-count")).toHaveText(`[${expected[index].characters} Zeichen | ${expected[index].segments} SMS]`);
  }
});

test("editing a placeholder updates the counts and warns about long values", async ({ page }) => {
  await page.goto("/vorlagen");
  const template = TEMPLATES.find((t) => t.text.includes("{Nachname}") && t.category === "terminerinnerung")!;
  const card = page.locator(`[data-template-id="${template.id}"]`);
  const longName = "Schmidt-Oberländer-Wittgenstein-Hohenlohe";
  await page.getByLabel("Nachname").fill(longName);
  const [expected] = analyseWithCli([fillTemplate(template.text, { ...examples, Nachname: longName })]);
  await expect(card.getByTestId("template-count")).toHaveText(`[${expected.characters} Zeichen | ${expected.segments} SMS]`);
  await expect(card).toContainText(longName);
  await page.getByRole("button", { name: "Beispielwerte zurücksetzen" }).click();
  await expect(card).not.toContainText(longName);
  await expect(page.getByTestId("template-warning").first()).toContainText("werden daraus 2 SMS");
});

test("copies a template with its placeholders", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/vorlagen");
  const template = TEMPLATES[0];
  await page.locator(`[data-template-id="${template.id}"]`).getByRole("button", { name: "Vorlage kopieren" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(template.text);
});
