import "server-only";
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
    .optional(),
  // Forces a driver for a URL that would be read otherwise (e.g. Neon through a local proxy).
  DATABASE_DRIVER: z.enum(["pglite", "postgres", "neon"]).optional(),
  // host:port/path of a WebSocket proxy for the Neon driver; unset uses Neon's own endpoint.
  NEON_WS_PROXY: z.string().optional(),
  DATA_DIR: z.string().default(".data"),
  APP_URL: z.url().default("http://localhost:3000"),
  // Creates the demo practice on first start with the embedded database; "0" turns it off.
  DEMO_DATA: z.enum(["0", "1"]).optional(),

  // Durable work: with INNGEST_EVENT_KEY (production) or INNGEST_DEV=1 (a local Inngest dev
  // server) Inngest runs it; without either the app drives the same operations itself.
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  INNGEST_DEV: z.enum(["0", "1"]).optional(),
  // Local driver: how often it looks for due work when nothing wakes it earlier.
  DISPATCH_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),

  // Carrier: the built-in simulator, or seven.io.
  CARRIER: z.enum(["simulator", "seven"]).default("simulator"),
  // Signs the simulator's reports to our webhook; any value works locally.
  SIMULATOR_SECRET: z.string().min(16).default("praxisbote-simulator-dev-secret"),
  SEVEN_API_KEY: z.string().optional(),
  SEVEN_SIGNING_SECRET: z.string().optional(),
  SEVEN_BASE_URL: z.url().default("https://gateway.seven.io/api"),
  // Hand-overs per second to the carrier, across all instances (Inngest throttle) or per process.
  CARRIER_RATE_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(100),

  // E-mail: Resend with a key; without one, e-mails go to files under DATA_DIR/mailbox.
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: z.url().optional(),
  EMAIL_FROM: z.string().default("Praxisbote <noreply@praxisbote.de>"),

  // PVS API: requests per minute and key unless the key has its own limit.
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
});

export type Env = z.infer<typeof envSchema>;

/**
 * Validates a set of variables. An empty value counts as unset: a copied `.env` template with
 * `DEMO_DATA=` or `SEVEN_BASE_URL=` must not stop the server.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Ungültige Umgebungsvariablen:\n${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv(process.env);
