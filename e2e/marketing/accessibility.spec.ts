import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { PUBLIC_PAGES } from "../../lib/content/site-pages";

for (const { path } of PUBLIC_PAGES) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    // axe on the long pages (/zeichenoptimierung's tables) takes close to 30 s on two busy cores.
    test.setTimeout(90_000);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
    expect(serious).toEqual([]);
  });
}

test("the public pages fit a 360 px phone screen without sideways scrolling", async ({ page }) => {
  test.skip(test.info().project.name === "phone", "sets the width itself; once is enough");
  await page.setViewportSize({ width: 360, height: 740 });
  for (const { path } of PUBLIC_PAGES) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
