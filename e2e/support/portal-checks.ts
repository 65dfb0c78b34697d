import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import type { E2eServer } from "./flow-practice";

// Checks every portal page gets in the browser flows: accessibility, and screenshots at desktop
// and phone width (to look at) with no sideways scrolling at either.

export const SCREENS = "test-results/portal-screens";
export const PHONE = { width: 360, height: 740 };

/**
 * The checks for one server's flow. The pages are the same on both servers, so axe and the
 * screenshots at both widths run on the embedded one; the flow on PostgreSQL only checks what it
 * does (the checks took a third of its time on two cores).
 */
export function pageChecks(server: E2eServer): { expectAccessible: typeof expectAccessible; screenshots: typeof screenshots } {
  if (server.name === "embedded") return { expectAccessible, screenshots };
  return { expectAccessible: async () => {}, screenshots: async () => {} };
}

/** No serious or critical axe violations, as e2e/marketing/accessibility.spec.ts asks of the public pages. */
export async function expectAccessible(page: Page) {
  // After a server action React sets the page's <title> again a moment later; axe must not run in between.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")})`);
  expect(serious, page.url()).toEqual([]);
}

/** Desktop and 360 px screenshots to look at, and no sideways scrolling at either width. */
export async function screenshots(page: Page, server: string, name: string) {
  mkdirSync(SCREENS, { recursive: true });
  const desktop = page.viewportSize()!;
  for (const [label, size] of [["desktop", desktop], ["360px", PHONE]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SCREENS}/${server}-${name}-${label}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect.soft(overflow, `${name} scrolls sideways at ${label}: ${overflow > 0 ? await widestElements(page) : ""}`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize(desktop);
}

/** What sticks out on the right, not clipped by a scrolling box: to name the culprit in the failure. */
function widestElements(page: Page): Promise<string> {
  return page.evaluate(() => {
    // Absolutely positioned elements (sr-only labels) escape a scrolling box that is not positioned.
    const clipped = (element: Element) => {
      if (["absolute", "fixed"].includes(getComputedStyle(element).position)) return false;
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(element))
      .slice(0, 5)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> ${Math.round(element.getBoundingClientRect().right)}px`)
      .join(", ");
  });
}
