// An app process reduced to its dispatcher: the local driver with the simulator on a PostgreSQL
// database, for tests that kill it (SIGKILL) and start it again. The simulator's webhook calls
// are applied in-process, as our webhook route would apply them.
//   node --import tsx --import ./scripts/support/server-only.mjs db/testing/dispatch-worker.ts <postgres-url> [rate per second]
import { reportFromSimulator, SIMULATOR, SimulatorCarrier, type SimulatorWebhook } from "../../lib/carriers/simulator";
import { LocalDriver } from "../../lib/delivery/local-driver";
import { RateLimiter } from "../../lib/delivery/rate-limiter";
import { recordReport } from "../../lib/delivery/record-report";
import { createSimulatorStore } from "../../lib/delivery/simulator-store";
import { recordInbound } from "../../lib/inbound/record-inbound";
import { openDatabase } from "../client";
import { FakeMailer } from "./fixtures";

const [url, rate = "50"] = process.argv.slice(2);
const { db } = await openDatabase({ driver: "postgres", url });

async function applyWebhook(payload: SimulatorWebhook) {
  if (payload.type === "report") {
    // As our route does through the pipeline: a report that overtook the record of the hand-over
    // is not lost, the carrier is asked to send it again.
    if ((await recordReport(db, reportFromSimulator(payload))) === "unknown-message") throw new Error("report for an unknown message");
    return;
  }
  await recordInbound(db, { carrier: SIMULATOR, carrierMessageId: payload.id, from: payload.from, to: payload.to, text: payload.text, receivedAt: new Date(payload.receivedAt) });
}

const carrier = new SimulatorCarrier({ store: createSimulatorStore(async () => db), deliver: applyWebhook });
const limiter = new RateLimiter(Number(rate));
const driver = new LocalDriver(async () => ({ db, carrier, mailer: new FakeMailer(), limiter }), 100);
driver.start();
console.log("dispatch-worker ready");
// The driver's timer is unref'd: keep the process alive until it is killed.
setInterval(() => {}, 60_000);
