import { z } from "zod";

// The only module that reads process.env. Each variable is documented in README.md.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Unset: embedded PGlite on disk under DATA_DIR. postgres://… → node-postgres.
  // A Neon host (…neon.tech) → @neondatabase/serverless over WebSockets.
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL muss mit postgres:// oder postgresql:// beginnen")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Forces a driver for a URL that would be read otherwise (e.g. Neon through a local proxy).
  DATABASE_DRIVER: z.enum(["pglite", "postgres", "neon"]).optional(),
  // host:port/path of a WebSocket proxy for the Neon driver; unset uses Neon's own endpoint.
  NEON_WS_PROXY: z.string().optional(),
  DATA_DIR: z.string().default(".data"),
  APP_URL: z.url().default("http://localhost:3000"),
  // Creates the demo practice on first start with the embedded database; "0" turns it off.
  DEMO_DATA: z.enum(["0", "1"]).optional(),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Ungültige Umgebungsvariablen:\n${problems}`);
  }
  return parsed.data;
}

export const env = readEnv();
