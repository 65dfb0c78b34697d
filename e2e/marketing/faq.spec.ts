import { expect, test } from "@playwright/test";
import { FAQ_GROUPS } from "../../lib/content/faq";

const entries = FAQ_GROUPS.flatMap((group) => group.entries);

test("each answer has its own anchor link", async ({ page }) => {
  await page.goto("/faq");
  const entry = entries[entries.length - 1];
  await page.getByRole("link", { name: `Link zu dieser Antwort: ${entry.question}` }).click();
  await expect(page).toHaveURL(new RegExp(`#${entry.id}$`));
  await expect(page.locator(`#${entry.id}`)).toBeInViewport();
});

test("a shared link opens the page at that answer", async ({ page }) => {
  const entry = entries[Math.floor(entries.length / 2)];
  await page.goto(`/faq#${entry.id}`);
  await expect(page.getByRole("heading", { name: entry.question })).toBeInViewport();
});

test("the page carries FAQPage structured data with every question", async ({ page }) => {
  await page.goto("/faq");
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(data["@type"]).toBe("FAQPage");
  expect(data.mainEntity).toHaveLength(entries.length);
  expect(data.mainEntity[0].acceptedAnswer.text).not.toContain("](");
});

test("the status answer lists the labels the portal uses", async ({ page }) => {
  await page.goto("/faq");
  for (const label of ["ausstehend", "noch kein Status", "versandt", "zugestellt", "nicht ausgeliefert"]) {
    await expect(page.locator("dt", { hasText: new RegExp(`^${label}$`) }).first()).toBeVisible();
  }
});
