import { InngestTestEngine, mockCtx } from "@inngest/test";
import type { Context, EventPayload } from "inngest";
import { describe, expect, it, vi } from "vitest";
import { createTestPractice, FakeCarrier, insertMessage, messageRow } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import type { Carrier, SubmitResult } from "../../lib/carriers/carrier";
import { SIMULATOR } from "../../lib/carriers/simulator";
import { testDeps } from "../testing/test-deps";
import { createDeliverMessage } from "./deliver-message";

// With Inngest in production: a test-key message's run hands it to the simulator, never to the
// configured real carrier.

const database = setUpTestDatabase();

/** Stands in for the simulator: records what it was given. */
function spySimulator() {
  const submit = vi.fn(async (): Promise<SubmitResult> => ({ ok: true, carrierMessageId: "sim-1" }));
  return { carrier: { name: SIMULATOR, submit } satisfies Carrier, submit };
}

describe("deliver-message with a test-key message", () => {
  it("hands it to the simulator while the real carrier is never called", async () => {
    const message = await insertMessage(database.db, await createTestPractice(database.db), { sandbox: true, priceCents: 0, recipient: "+4917612345600" });
    const real = new FakeCarrier();
    const simulator = spySimulator();
    const t = new InngestTestEngine({
      function: createDeliverMessage({ ...testDeps(database.db, real), simulator: () => simulator.carrier }),
      transformCtx: (ctx) => {
        const mocked = mockCtx(ctx);
        return { ...mocked, step: { ...mocked.step, waitForEvent: vi.fn(async () => null) as unknown as Context.Any["step"]["waitForEvent"] } };
      },
      // The 3-day timeout step answers at once.
      steps: [{ id: "expire-after-3-days", handler: () => false }],
    });
    const events = [{ name: "sms/accepted", data: { messageId: message.id, sendAt: message.sendAt.toISOString() }, ts: Date.now() }] as [EventPayload];
    await t.execute({ events });
    expect(real.submissions).toHaveLength(0);
    expect(simulator.submit).toHaveBeenCalledTimes(1);
    expect(simulator.submit.mock.calls[0]).toEqual([expect.objectContaining({ id: message.id, sandbox: true })]);
    expect(await messageRow(database.db, message.id)).toMatchObject({ status: "sent", carrier: SIMULATOR, carrierMessageId: "sim-1" });
  });
});

