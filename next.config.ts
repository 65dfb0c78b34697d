import type { NextConfig } from "next";
import { API_CACHE_HEADERS, staticSecurityHeaders } from "./lib/http/security-headers";

const production = process.env.NODE_ENV === "production";

const nextConfig: NextConfig = {
  // PGlite ships its PostgreSQL as WebAssembly plus data files it loads from its own
  // folder; bundling it would lose them.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
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
