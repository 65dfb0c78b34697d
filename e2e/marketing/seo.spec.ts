import { expect, test } from "@playwright/test";
import { PUBLIC_PAGES } from "../../lib/content/site-pages";

test("every public page has its own title and description", async ({ page }) => {
  const titles = new Set<string>();
  for (const { path } of PUBLIC_PAGES) {
    await page.goto(path);
    const title = await page.title();
    expect(title, path).toContain("Praxisbote");
    titles.add(title);
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute("content", /.{40,}/);
  }
  expect(titles.size).toBe(PUBLIC_PAGES.length);
});

test("sitemap, robots and the Open Graph image are served", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of ["/faq", "/vorlagen", "/analyse", "/zeichenoptimierung"]) expect(sitemap).toContain(`${path}</loc>`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap:");
  expect(robots).toContain("Disallow: /api/");
  const image = await request.get("/opengraph-image");
  expect(image.headers()["content-type"]).toBe("image/png");
});

test("an unknown address gets a German 404 page with a way back", async ({ page }) => {
  const response = await page.goto("/gibt-es-nicht");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diese Seite gibt es nicht");
  await expect(page.getByRole("link", { name: "Startseite" })).toBeVisible();
});
