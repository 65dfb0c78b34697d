import { describe, expect, it } from "vitest";
import { createCaller, FakeCarrier, FakeMailer, messageRow } from "../../db/testing/fixtures";
import { createSandboxCaller } from "../../db/testing/sandbox-fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { SevenCarrier } from "../carriers/seven";
import { setUpSevenTestServer } from "../carriers/seven/test-server";
import { reportFromSimulator, SIMULATOR, SimulatorCarrier, type SimulatorWebhook } from "../carriers/simulator";
import { recordInbound } from "../inbound/record-inbound";
import { acceptMessage } from "../messages/accept-message";
import type { PracticeContext } from "../practices/practice-context";
import { validateSmsRequest } from "../messages/validate-sms-request";
import { recordReport } from "./record-report";
import { carrierFor, carriersInUse } from "./sandbox-carrier";
import { createSimulatorStore } from "./simulator-store";
import { answersSimulatedMessage } from "./simulator-replies";
import { dispatchDue } from "./sweep";

// CARRIER=seven, against a local seven.io: a test key's messages are handed to the simulator
// and never reach seven; the live key's messages in the same run do.

const database = setUpTestDatabase();
const seven = setUpSevenTestServer();

const t0 = new Date("2026-11-26T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

/** What our webhook route does with the simulator's call, without HTTP. */
async function applyWebhook(payload: SimulatorWebhook) {
  if (payload.type === "report") {
    if ((await recordReport(database.db, reportFromSimulator(payload))) === "unknown-message") throw new Error("unknown message");
  } else {
    await recordInbound(database.db, { carrier: SIMULATOR, carrierMessageId: payload.id, from: payload.from, to: payload.to, text: payload.text, receivedAt: new Date(payload.receivedAt) });
  }
}

function simulatorAt(clock: { now: Date }) {
  return new SimulatorCarrier({ store: createSimulatorStore(async () => database.db), deliver: applyWebhook, now: () => clock.now, deliverOnTime: false });
}

async function send(caller: PracticeContext, to: string) {
  const draft = validateSmsRequest({ to, text: "Ihr Termin ist morgen um 10 Uhr." }, caller.practice, t0);
  return (await acceptMessage(database.db, caller, draft, { now: t0 })).message;
}

const sevenSubmissions = () => seven.requests.filter((request) => request.method === "POST" && request.path === "/api/sms");

describe("a message sent with a test key while CARRIER=seven", () => {
  it("goes to the simulator, gets its reports there, and seven sees only the live message", async () => {
    const { caller: live } = await createCaller(database.db);
    const { caller: test } = await createSandboxCaller(database.db, live);
    const sandboxed = await send(test, "+4917612345600");
    const real = await send(live, "+4917612345678");
    const clock = { now: t0 };
    const deps = {
      db: database.db,
      carrier: new SevenCarrier({ apiKey: seven.apiKey, baseUrl: seven.baseUrl, timeoutMs: 2000 }),
      simulator: simulatorAt(clock),
      mailer: new FakeMailer(),
      now: () => clock.now,
    };

    expect(await dispatchDue(deps)).toMatchObject({ sent: 2 });
    expect(sevenSubmissions()).toHaveLength(1);
    expect(JSON.parse(sevenSubmissions()[0].body)).toMatchObject({ foreign_id: real.id });
    expect(sevenSubmissions().some((request) => request.body.includes(sandboxed.id))).toBe(false);
    expect(await messageRow(database.db, sandboxed.id)).toMatchObject({ status: "sent", carrier: SIMULATOR, sandbox: true, priceCents: 0 });
    expect(await messageRow(database.db, real.id)).toMatchObject({ status: "sent", carrier: "seven", sandbox: false });

    // The simulator's "…00": delivered after about a second, reported by the dispatcher's next run.
    clock.now = at(2000);
    await dispatchDue(deps);
    expect((await messageRow(database.db, sandboxed.id)).status).toBe("delivered");
    expect(sevenSubmissions()).toHaveLength(1);
  });

  it("waits in the queue rather than reach a real carrier when no simulator is at hand", async () => {
    const { caller: live } = await createCaller(database.db);
    const { caller: test } = await createSandboxCaller(database.db, live);
    const sandboxed = await send(test, "+4917612345600");
    const spy = new FakeCarrier();
    expect(await dispatchDue({ db: database.db, carrier: spy, mailer: new FakeMailer(), now: () => t0 })).toMatchObject({ sent: 0, retry: 1 });
    expect(spy.submissions).toHaveLength(0);
    expect(await messageRow(database.db, sandboxed.id)).toMatchObject({ status: "queued", statusReason: "Test-SMS: wartet auf den Simulator" });
  });
});

describe("choosing the carrier", () => {
  const real = new FakeCarrier();
  const simulator = simulatorAt({ now: t0 });

  it("gives test-key messages to the simulator and live ones to the configured carrier", () => {
    expect(carrierFor({ sandbox: true }, real, simulator)).toBe(simulator);
    expect(carrierFor({ sandbox: false }, real, simulator)).toBe(real);
    // CARRIER=simulator: one simulator for both.
    expect(carrierFor({ sandbox: true }, simulator, undefined)).toBe(simulator);
  });

  it("delivers owed reports and looks up lost ones at both carriers when they differ", () => {
    expect(carriersInUse(real, simulator)).toEqual([real, simulator]);
    expect(carriersInUse(simulator, simulator)).toEqual([simulator]);
    expect(carriersInUse(real, undefined)).toEqual([real]);
  });
});

describe("a simulated reply beside a real carrier", () => {
  it("is taken only when it answers a test message the simulator carried", async () => {
    const { caller: live } = await createCaller(database.db);
    const { caller: test } = await createSandboxCaller(database.db, live);
    const sandboxed = await send(test, "+4917612345606");
    await send(live, "+4917612345699");
    const clock = { now: t0 };
    await dispatchDue({ db: database.db, carrier: new FakeCarrier(), simulator: simulatorAt(clock), mailer: new FakeMailer(), now: () => clock.now });
    expect(await answersSimulatedMessage(database.db, { from: "+4917612345606", to: sandboxed.sender })).toBe(true);
    // A live conversation: the simulator never carried a message to this number.
    expect(await answersSimulatedMessage(database.db, { from: "+4917612345699", to: sandboxed.sender })).toBe(false);
  });
});
