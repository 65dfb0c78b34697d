import "server-only";
import path from "node:path";
import { getDatabase, getDb } from "../../db/client";
import type { Carrier } from "../carriers/carrier";
import { SevenCarrier } from "../carriers/seven";
import { SIMULATOR, SimulatorCarrier } from "../carriers/simulator";
import { signWebhook } from "../carriers/webhook-signature";
import { FileMailer, ResendMailer, type Mailer } from "../email/mailer";
import { chooseCarrier, chooseMailTransport } from "../config/production-check";
import { env } from "../env";
import type { DurableWork } from "./durable-work";
import { WebhookDriver } from "../pvs-webhooks/webhook-driver";
import { webhookSenderDeps } from "../pvs-webhooks/sender-deps";
import { LocalDriver } from "./local-driver";
import { createLocalWork } from "./local-work";
import { RateLimiter } from "./rate-limiter";
import { ensureSimulatorSecret } from "./simulator-secret";
import { createSimulatorStore } from "./simulator-store";

// The process-wide carrier, mailer, local driver and durable work, chosen from the environment
// once. Kept on globalThis so hot reloads in development keep the simulator's memory, and
// because Next bundles instrumentation and each route separately: they share only globalThis.

interface Runtime {
  carrier: Carrier;
  /** Test-key messages go here whatever CARRIER says; the same object as `carrier` when CARRIER=simulator. */
  simulator: Carrier;
  mailer: Mailer;
  limiter: RateLimiter;
  driver: LocalDriver;
  /** Sends the PVS webhooks the outbox owes (without Inngest). */
  webhooks: WebhookDriver;
}

const globalForRuntime = globalThis as unknown as {
  praxisboteRuntime?: Runtime;
  praxisboteInngestWork?: DurableWork;
  praxisboteSimulatorSecret?: Promise<string>;
};

/** Inngest runs durable work in production; without it the app drives the same operations. */
export function usesInngest(): boolean {
  return Boolean(env.INNGEST_EVENT_KEY) || env.INNGEST_DEV === "1";
}

/** The public URL of a webhook route, as the carrier signs it. */
export function webhookUrl(pathname: string): string {
  return new URL(pathname, env.APP_URL).toString();
}

export const SIMULATOR_WEBHOOK_PATH = "/api/webhooks/simulator";

/** The simulator's webhook secret: SIMULATOR_SECRET, or the installation's own from the database. */
export function getSimulatorSecret(): Promise<string> {
  if (env.SIMULATOR_SECRET) return Promise.resolve(env.SIMULATOR_SECRET);
  globalForRuntime.praxisboteSimulatorSecret ??= getDb()
    .then(ensureSimulatorSecret)
    .catch((error) => {
      globalForRuntime.praxisboteSimulatorSecret = undefined;
      throw error;
    });
  return globalForRuntime.praxisboteSimulatorSecret;
}

function createCarrier(simulator: Carrier): Carrier {
  if (chooseCarrier(env) === "seven") {
    if (!env.SEVEN_API_KEY) throw new Error("CARRIER=seven braucht SEVEN_API_KEY.");
    return new SevenCarrier({ apiKey: env.SEVEN_API_KEY, baseUrl: env.SEVEN_BASE_URL });
  }
  return simulator;
}

// Also with a real carrier: it takes the test keys' messages, and reports to the same signed
// webhook (APP_URL + SIMULATOR_WEBHOOK_PATH, secret from SIMULATOR_SECRET or the database).
function createSimulator(): Carrier {
  return new SimulatorCarrier({
    store: createSimulatorStore(async () => (await getDatabase()).db),
    deliver: async (payload) => {
      const url = webhookUrl(SIMULATOR_WEBHOOK_PATH);
      const body = JSON.stringify(payload);
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...signWebhook(await getSimulatorSecret(), "POST", url, body) },
        body,
      });
      if (!response.ok) throw new Error(`${SIMULATOR} webhook answered ${response.status}`);
    },
  });
}

function createMailer(): Mailer {
  if (chooseMailTransport(env) === "resend") {
    if (!env.RESEND_API_KEY) throw new Error("EMAIL_TRANSPORT=resend braucht RESEND_API_KEY.");
    return new ResendMailer(env.RESEND_API_KEY, env.EMAIL_FROM, env.RESEND_BASE_URL);
  }
  return new FileMailer(path.join(env.DATA_DIR, "mailbox"));
}

export function getRuntime(): Runtime {
  if (!globalForRuntime.praxisboteRuntime) {
    const simulator = createSimulator();
    const carrier = createCarrier(simulator);
    const mailer = createMailer();
    const limiter = new RateLimiter(env.CARRIER_RATE_PER_SECOND);
    const driver = new LocalDriver(async () => ({ db: (await getDatabase()).db, carrier, simulator, mailer, limiter }), env.DISPATCH_INTERVAL_MS, env.CHORES_INTERVAL_MS);
    const webhooks = new WebhookDriver(async () => webhookSenderDeps((await getDatabase()).db, mailer));
    globalForRuntime.praxisboteRuntime = { carrier, simulator, mailer, limiter, driver, webhooks };
  }
  return globalForRuntime.praxisboteRuntime;
}

const localWork = createLocalWork({
  db: getDb,
  mailer: () => getRuntime().mailer,
  wakeDriver: () => getRuntime().driver.wake(),
  wakeWebhooks: () => getRuntime().webhooks.wake(),
});

/**
 * lib must not import the Inngest side, so that side hands its implementation in: from
 * instrumentation at start and from every route that uses the pipeline when it loads.
 */
export function registerInngestWork(work: DurableWork): void {
  globalForRuntime.praxisboteInngestWork = work;
}

export function getDurableWork(): DurableWork {
  if (!usesInngest()) return localWork;
  const registered = globalForRuntime.praxisboteInngestWork;
  // Local work would be silent here: the local driver is not started when Inngest is
  // configured, so messages would wait for the sweep and the delivery runs never hear of a report.
  if (!registered) {
    const message = "Inngest ist konfiguriert, aber keine Inngest-Anbindung registriert (register-work wurde nicht geladen).";
    console.error(`[runtime] ${message}`);
    throw new Error(message);
  }
  return registered;
}
