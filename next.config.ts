import type { NextConfig } from "next";
import { API_CACHE_HEADERS, staticSecurityHeaders } from "./lib/http/security-headers";

const production = process.env.NODE_ENV === "production";

const nextConfig: NextConfig = {
  // PGlite ships its PostgreSQL as WebAssembly plus data files it loads from its own
  // folder; bundling it would lose them. The invoice renderers load fonts, schemas and
  // code lists from their packages the same way.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "@react-pdf/renderer", "@e-invoice-eu/core"],
  poweredByHeader: false,
  // `npm test` type-checks the whole tree before it builds (scripts/static-checks.sh) and says so
  // with TYPES_CHECKED=1; every other build checks the types itself.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === "1" },
  // Carriers do not follow redirects and count a 3xx as delivered (seven.io): a webhook URL
  // registered with a trailing slash must reach its route, not a 308. Pages still get the
  // redirect, from proxy.ts.
  skipTrailingSlashRedirect: true,
  // forbidden() answers a staff user's request for a main-user page with a real 403.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders({ production }) },
      { source: "/api/:path*", headers: API_CACHE_HEADERS },
    ];
  },
};

export default nextConfig;
