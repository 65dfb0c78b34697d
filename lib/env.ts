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
  // Unset: http://localhost:<the port the server listens on> (see parseEnv); set it in production.
  APP_URL: z.url().optional(),
  // Set by `next start`/`next dev` to the port it really listens on (-p 4000, or a free one).
  PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  // Creates the demo practice on first start with the embedded database; "0" turns it off.
  DEMO_DATA: z.enum(["0", "1"]).optional(),

  // Durable work: with INNGEST_EVENT_KEY (production) or INNGEST_DEV=1 (a local Inngest dev
  // server) Inngest runs it; without either the app drives the same operations itself.
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  INNGEST_DEV: z.enum(["0", "1"]).optional(),
  // Local driver: how often it looks for due work when nothing wakes it earlier.
  DISPATCH_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  // Local driver: how often the chores run (timeouts, usage roll-up, reconciliation, erasure).
  CHORES_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),

  // Carrier: the built-in simulator, or seven.io. Unset runs the simulator, which a production
  // start refuses: there it must be chosen (lib/config/production-check.ts).
  CARRIER: z.enum(["simulator", "seven"]).optional(),
  // Signs the simulator's reports to our webhook. Unset: a random secret per installation,
  // kept in the database (lib/delivery/simulator-secret.ts) — never a public default.
  SIMULATOR_SECRET: z.string().min(16).optional(),
  SEVEN_API_KEY: z.string().optional(),
  SEVEN_SIGNING_SECRET: z.string().optional(),
  SEVEN_BASE_URL: z.url().default("https://gateway.seven.io/api"),
  // The balance chore warns below this many euros of seven.io credit (log, and one e-mail a
  // day to OPERATOR_EMAIL).
  SEVEN_BALANCE_ALERT_EUR: z.coerce.number().min(0).default(20),
  // Who runs this installation: alerts that need a person (low carrier credit) go here.
  OPERATOR_EMAIL: z.email().optional(),
  // Hand-overs per second to the carrier, across all instances (Inngest throttle) or per process.
  CARRIER_RATE_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(100),

  // E-mail: Resend with a key; without one, e-mails go to files under DATA_DIR/mailbox.
  // EMAIL_TRANSPORT=file chooses the files on purpose (production refuses them otherwise).
  RESEND_API_KEY: z.string().optional(),
  EMAIL_TRANSPORT: z.enum(["resend", "file"]).optional(),
  RESEND_BASE_URL: z.url().optional(),
  EMAIL_FROM: z.string().default("Praxisbote <noreply@praxisbote.de>"),

  // Reverse proxies in front of the app that append to X-Forwarded-For (lib/http/client-origin.ts).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),

  // Webhooks to a PVS: "1" lets them reach private networks and plain http (a self-hosted
  // installation whose PVS sits in the practice's network; tests). Off: public https only.
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: z.enum(["0", "1"]).optional(),

  // PVS API: requests per minute and key unless the key has its own limit.
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),

  // Portal login (Auth.js): signs the session cookie. Encrypts two-factor secrets at rest.
  // Unset: generated once per installation in DATA_DIR (lib/auth/auth-secrets.ts); a production
  // start on a database server refuses to run without them.
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET braucht mindestens 32 Zeichen (z. B. openssl rand -base64 32)").optional(),
  AUTH_ENCRYPTION_KEY: z.string().min(32, "AUTH_ENCRYPTION_KEY braucht mindestens 32 Zeichen (z. B. openssl rand -base64 32)").optional(),

  // The provider's details for Impressum and Datenschutz (lib/content/company.ts). Unset in
  // production: the pages show a warning naming what is missing; in development: marked examples.
  COMPANY_NAME: z.string().trim().optional(),
  COMPANY_LEGAL_FORM: z.string().trim().optional(),
  COMPANY_STREET: z.string().trim().optional(),
  COMPANY_POSTAL_CODE: z.string().trim().optional(),
  COMPANY_CITY: z.string().trim().optional(),
  COMPANY_REPRESENTATIVE: z.string().trim().optional(),
  COMPANY_EMAIL: z.email().optional(),
  COMPANY_PHONE: z.string().trim().optional(),
  COMPANY_REGISTER: z.string().trim().optional(),
  COMPANY_VAT_ID: z.string().trim().optional(),
  // Gläubiger-Identifikationsnummer for the SEPA mandate; unset: the mandate shows a placeholder.
  COMPANY_SEPA_CREDITOR_ID: z.string().trim().optional(),
  // Our invoices (lib/content/company.ts, README "Abrechnung"): tax number, bank account, and how
  // many days after the invoice date a SEPA direct debit is collected (the pre-notification).
  COMPANY_TAX_NUMBER: z.string().trim().optional(),
  COMPANY_IBAN: z.string().trim().optional(),
  COMPANY_BIC: z.string().trim().optional(),
  COMPANY_BANK_NAME: z.string().trim().optional(),
  BILLING_DEBIT_DAYS: z.coerce.number().int().min(1).max(30).default(7),
  // Unset: privacy requests go to COMPANY_EMAIL.
  PRIVACY_CONTACT_EMAIL: z.email().optional(),
  // Name and seat of the hosting provider, named in the privacy statement.
  HOSTING_PROVIDER: z.string().trim().optional(),
});

export type Env = z.infer<typeof envSchema> & {
  APP_URL: string;
  /** APP_URL was not set and comes from the port: fine locally, a warning in production. */
  APP_URL_FROM_PORT: boolean;
};

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
  // The simulator posts its reports to APP_URL: a fixed :3000 would lose them under `-p 4000`.
  const { APP_URL, PORT } = parsed.data;
  return { ...parsed.data, APP_URL: APP_URL ?? `http://localhost:${PORT ?? 3000}`, APP_URL_FROM_PORT: APP_URL === undefined };
}

export const env = parseEnv(process.env);
