import { expect, test } from "@playwright/test";

test("the home page says what Praxisbote does, in German", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("SMS-Terminerinnerungen");
  await expect(page).toHaveTitle(/Praxisbote/);
});
