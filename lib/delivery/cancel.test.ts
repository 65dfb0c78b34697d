import { describe, expect, it } from "vitest";
import { createCaller, FakeCarrier, messageRow, noMail, permanentError, statusHistory, temporaryError } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { toApiMessage } from "../api/serialize-message";
import type { SubmitResult } from "../carriers/carrier";
import { DomainError } from "../errors/domain-error";
import { acceptMessage } from "../messages/accept-message";
import { CANCEL_REFUSALS, cancelMessage } from "../messages/cancel-message";
import { validateSmsRequest } from "../messages/validate-sms-request";
import { claimDueMessages, CLAIM_LEASE_MS, renewClaim } from "./claim";
import { retryDelayMs } from "./hand-over";
import { dispatchDue, sweep } from "./sweep";

const database = setUpTestDatabase();

const t0 = new Date("2026-11-26T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const afterFirstRetryDelay = at(retryDelayMs(1) + 1000);

const reminder = { to: "+4917612345678", text: "Ihr Termin ist morgen um 10 Uhr." };

async function accept(caller: Awaited<ReturnType<typeof createCaller>>, text = reminder.text) {
  const draft = validateSmsRequest({ ...reminder, text }, caller.caller.practice, t0);
  return (await acceptMessage(database.db, caller.caller, draft, { now: t0 })).message;
}

async function cancel(caller: Awaited<ReturnType<typeof createCaller>>, id: string, now: Date) {
  return cancelMessage(database.db, caller.caller.practice.id, id, now);
}

/** What a refused cancel says, or "cancelled". */
async function tryCancel(caller: Awaited<ReturnType<typeof createCaller>>, id: string, now: Date): Promise<string> {
  try {
    await cancel(caller, id, now);
    return "cancelled";
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_cancellable") return error.message;
    throw error;
  }
}

const submissionsOf = (carrier: FakeCarrier, id: string) => carrier.submissions.filter((sms) => sms.id === id).length;
const historyOf = async (id: string) => (await statusHistory(database.db, id)).map((event) => event.status);

/** Down for each message's first try, then accepting. */
const downOnce = () => new FakeCarrier((_sms, attempt) => (attempt === 1 ? temporaryError : "accept"));

describe("cancelling a message waiting between carrier retries", () => {
  it("cancels it, clears the retry reason, bills nothing and never submits it again", async () => {
    const caller = await createCaller(database.db);
    const message = await accept(caller);
    const carrier = downOnce();
    await sweep({ db: database.db, carrier, mailer: noMail, now: () => t0 });
    const waiting = await messageRow(database.db, message.id);
    expect(waiting).toMatchObject({ status: "queued", submitting: false });
    expect(waiting.statusReason).toContain("vorübergehend nicht erreichbar");

    const cancelled = await cancel(caller, message.id, at(1000));
    expect(toApiMessage(cancelled)).toMatchObject({ status: "cancelled", statusReason: null, price: { amount: "0.00" } });

    for (const minutes of [1, 5, 30]) await sweep({ db: database.db, carrier, mailer: noMail, now: () => at(minutes * 60_000) });
    expect(submissionsOf(carrier, message.id)).toBe(1);
    expect(carrier.sent.size).toBe(0);
    expect(await messageRow(database.db, message.id)).toMatchObject({ status: "cancelled", statusReason: null, claimedUntil: null });
    expect(await historyOf(message.id)).toEqual(["pending", "queued", "cancelled"]);
  });

  it("has exactly one outcome in each of 30 races against the dispatcher's next try", async () => {
    const caller = await createCaller(database.db);
    const carrier = downOnce();
    for (let round = 0; round < 30; round++) {
      const message = await accept(caller, `Termin ${round}`);
      await dispatchDue({ db: database.db, carrier, mailer: noMail, now: () => t0 });
      expect(await messageRow(database.db, message.id)).toMatchObject({ status: "queued" });

      // Start the cancel a little later each round, so that it meets the dispatcher at
      // different points: before its renewal, during the carrier call, after the record.
      const delayed = async () => {
        for (let tick = 0; tick < round % 6; tick++) await new Promise((resolve) => setImmediate(resolve));
        return tryCancel(caller, message.id, afterFirstRetryDelay);
      };
      const [outcome] = await Promise.all([delayed(), dispatchDue({ db: database.db, carrier, mailer: noMail, now: () => afterFirstRetryDelay })]);

      const row = await messageRow(database.db, message.id);
      if (outcome === "cancelled") {
        expect(row.status).toBe("cancelled");
        expect(submissionsOf(carrier, message.id)).toBe(1);
        expect(carrier.sent.has(message.id)).toBe(false);
      } else {
        expect([CANCEL_REFUSALS.submitting, CANCEL_REFUSALS.handedOver]).toContain(outcome);
        expect(row.status).toBe("sent");
        expect(submissionsOf(carrier, message.id)).toBe(2);
      }
      // Nothing changes its mind later: a cancelled message stays unsent, a sent one sent.
      await sweep({ db: database.db, carrier, mailer: noMail, now: () => at(10 * 60_000) });
      expect((await messageRow(database.db, message.id)).status).toBe(row.status);
      expect(carrier.sent.has(message.id)).toBe(row.status === "sent");
    }
  });
});

describe("refusing to cancel", () => {
  it("says that it is being handed over during the carrier call, and that it was handed over after it", async () => {
    const caller = await createCaller(database.db);
    const message = await accept(caller);
    let submitted!: () => void;
    const inCarrierCall = new Promise<void>((resolve) => (submitted = resolve));
    let answer!: (result: SubmitResult) => void;
    const carrierAnswer = new Promise<SubmitResult>((resolve) => (answer = resolve));
    const slowCarrier = {
      name: "slow",
      async submit(): Promise<SubmitResult> {
        submitted();
        return carrierAnswer;
      },
    };

    const dispatching = dispatchDue({ db: database.db, carrier: slowCarrier, mailer: noMail, now: () => t0 });
    await inCarrierCall;
    expect(await tryCancel(caller, message.id, at(100))).toBe(CANCEL_REFUSALS.submitting);
    answer({ ok: true, carrierMessageId: "slow-1" });
    expect((await dispatching).sent).toBe(1);

    expect(await messageRow(database.db, message.id)).toMatchObject({ status: "sent", submitting: false });
    expect(await tryCancel(caller, message.id, at(200))).toBe(CANCEL_REFUSALS.handedOver);
  });

  it("keeps a message whose dispatcher died in the carrier call uncancellable until it is submitted again", async () => {
    const caller = await createCaller(database.db);
    const message = await accept(caller);
    const [claimed] = await claimDueMessages(database.db, t0, 10);
    expect(await renewClaim(database.db, claimed.id, claimed.attempts, t0)).toBe(true);
    // The process dies here, inside the carrier call: the carrier may or may not have the SMS.
    expect(await tryCancel(caller, message.id, at(1000))).toBe(CANCEL_REFUSALS.submitting);
    // A new claim after the lease does not make it cancellable either: only the next attempt can tell.
    await claimDueMessages(database.db, at(CLAIM_LEASE_MS + 1000), 10);
    expect(await tryCancel(caller, message.id, at(CLAIM_LEASE_MS + 1100))).toBe(CANCEL_REFUSALS.submitting);
    expect((await messageRow(database.db, message.id)).status).toBe("queued");

    const carrier = new FakeCarrier();
    await sweep({ db: database.db, carrier, mailer: noMail, now: () => at(2 * CLAIM_LEASE_MS + 2000) });
    expect(await messageRow(database.db, message.id)).toMatchObject({ status: "sent", submitting: false });
  });

  it("says that it was already cancelled, or that a refused message is not sent anyway", async () => {
    const caller = await createCaller(database.db);
    const scheduled = await accept(caller, "Geplant");
    await cancel(caller, scheduled.id, t0);
    expect(await tryCancel(caller, scheduled.id, at(1000))).toBe(CANCEL_REFUSALS.cancelled);

    const refused = await accept(caller, "Abgelehnt");
    await sweep({ db: database.db, carrier: new FakeCarrier(() => permanentError), mailer: noMail, now: () => at(2000) });
    expect((await messageRow(database.db, refused.id)).status).toBe("undelivered");
    expect(await tryCancel(caller, refused.id, at(3000))).toBe(CANCEL_REFUSALS.undelivered);
  });
});
