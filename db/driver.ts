export type DatabaseDriver = "pglite" | "postgres" | "neon";

const NEON_HOST = /(^|\.)neon\.(tech|build)$/i;

/** Which driver a DATABASE_URL calls for: none → PGlite, a Neon host → Neon, else node-postgres. */
export function chooseDriver(url: string | undefined, forced?: DatabaseDriver): DatabaseDriver {
  if (forced) return forced;
  if (!url) return "pglite";
  const host = new URL(url).hostname;
  return NEON_HOST.test(host) ? "neon" : "postgres";
}
