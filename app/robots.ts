import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    // The portal and the API are for customers and their software, not for search engines.
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/sms", "/stat/", "/organization/", "/settings/", "/users"] },
    sitemap: new URL("/sitemap.xml", env.APP_URL).toString(),
  };
}
