import type { MetadataRoute } from "next";
import { PUBLIC_PAGES } from "@/lib/content/site-pages";
import { env } from "@/lib/env";

const UNLISTED = new Set(["/impressum", "/datenschutz"]);

export default function sitemap(): MetadataRoute.Sitemap {
  return PUBLIC_PAGES.filter((page) => !UNLISTED.has(page.path)).map((page) => ({
    url: new URL(page.path, env.APP_URL).toString(),
    changeFrequency: "monthly",
    priority: page.path === "/" ? 1 : 0.7,
  }));
}
