import { InngestTestEngine } from "@inngest/test";
import type { EventPayload } from "inngest";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invoices } from "../../db/schema";
import { FakeCarrier, FakeMailer } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { billablePractice, fakeRenderers, testInvoicingDeps } from "../../lib/billing/invoicing/testing";
import { startOfBerlinDay } from "../../lib/time/berlin";
import { testDeps } from "../testing/test-deps";
import { invoicePractice } from "../../lib/billing/invoicing/run";
import { createDeliverPendingInvoices, createInvoicePractice, createMonthlyInvoicing } from "./monthly-invoicing";

const database = setUpTestDatabase();
const runAt = new Date("2026-11-01T02:00:00Z");
const trialOver = startOfBerlinDay(2026, 9, 1);

const requested = (practiceId: string, month = "2026-10"): [EventPayload] => [{ name: "billing/invoice.requested", data: { practiceId, month } }];

describe("monthly-invoicing", () => {
  it("runs at 03:00 Berlin time on the 1st and fans out one event per practice that may owe something", async () => {
    const { db } = database;
    const first = await billablePractice(db, trialOver);
    const second = await billablePractice(db, startOfBerlinDay(2026, 10, 15));
    await billablePractice(db, startOfBerlinDay(2026, 11, 1));
    const fn = createMonthlyInvoicing(testDeps(db), () => runAt);
    expect(fn.opts.triggers).toEqual([{ cron: "TZ=Europe/Berlin 0 3 1 * *" }]);

    // No Inngest server here: the fan-out step is answered by the test engine.
    const { result, ctx } = await new InngestTestEngine({ function: fn }).execute({ steps: [{ id: "fan-out", handler: () => ({ ids: [] }) }] });
    expect(result).toEqual({ month: "2026-10", practices: 2 });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("fan-out", [
      expect.objectContaining({ name: "billing/invoice.requested", id: `invoice-${first}-2026-10`, data: { practiceId: first, month: "2026-10" } }),
      expect.objectContaining({ name: "billing/invoice.requested", id: `invoice-${second}-2026-10`, data: { practiceId: second, month: "2026-10" } }),
    ]);

    // A second run (Inngest retrying the cron) sends the same ids, which Inngest deduplicates.
    const again = await new InngestTestEngine({ function: fn }).execute({ steps: [{ id: "fan-out", handler: () => ({ ids: [] }) }] });
    expect(again.ctx.step.sendEvent).toHaveBeenCalledWith("fan-out", [
      expect.objectContaining({ id: `invoice-${first}-2026-10` }),
      expect.objectContaining({ id: `invoice-${second}-2026-10` }),
    ]);
  });
});

describe("invoice-practice", () => {
  it("issues, stores and e-mails the invoice once; a repeated event changes nothing", async () => {
    const { db } = database;
    const practiceId = await billablePractice(db, trialOver);
    const mailer = new FakeMailer();
    const renderers = fakeRenderers();
    const engine = () =>
      new InngestTestEngine({
        function: createInvoicePractice(testDeps(db, new FakeCarrier(), mailer), async (db, mailer) => testInvoicingDeps(db, runAt, { mailer, renderers })),
      });

    const { result } = await engine().execute({ events: requested(practiceId) });
    expect(result).toMatchObject({ practiceId, month: "2026-10", outcome: "issued", number: "2026-000001", emailed: true });
    expect(mailer.sent).toHaveLength(1);

    const again = await engine().execute({ events: requested(practiceId) });
    expect(again.result).toMatchObject({ outcome: "existing", number: "2026-000001", emailed: false });
    expect(mailer.sent).toHaveLength(1);
    expect(renderers.calls).toBe(1);
    expect(await db.select().from(invoices).where(eq(invoices.practiceId, practiceId))).toHaveLength(1);
  });

  it("fails its delivery step when the e-mail fails, so Inngest retries it; the invoice stays stored", async () => {
    const { db } = database;
    const practiceId = await billablePractice(db, trialOver);
    const mailer = new FakeMailer();
    mailer.failWith = "Resend: rate limited";
    const fn = createInvoicePractice(testDeps(db, new FakeCarrier(), mailer), async (db, mailer) => testInvoicingDeps(db, runAt, { mailer }));
    const { error } = await new InngestTestEngine({ function: fn }).execute({ events: requested(practiceId) });
    expect(error).toMatchObject({ message: "Resend: rate limited" });
    const [row] = await db.select().from(invoices).where(eq(invoices.practiceId, practiceId));
    expect(row).toMatchObject({ number: "2026-000001", emailedAt: null });

    mailer.failWith = null;
    const retried = await new InngestTestEngine({ function: fn }).execute({ events: requested(practiceId) });
    expect(retried.result).toMatchObject({ outcome: "existing", emailed: true });
    expect(mailer.sent).toHaveLength(1);
  });

  it("issues nothing for a practice still in its trial", async () => {
    const { db } = database;
    const practiceId = await billablePractice(db, startOfBerlinDay(2026, 11, 1));
    const fn = createInvoicePractice(testDeps(db), async (db, mailer) => testInvoicingDeps(db, runAt, { mailer }));
    const { result } = await new InngestTestEngine({ function: fn }).execute({ events: requested(practiceId) });
    expect(result).toMatchObject({ outcome: "nothing" });
  });
});

describe("deliver-pending-invoices", () => {
  it("e-mails, hourly, an invoice whose own run gave up, once it is half an hour old", async () => {
    const { db } = database;
    const practiceId = await billablePractice(db, trialOver);
    const mailer = new FakeMailer();
    mailer.failWith = "Resend down";
    await expect(invoicePractice(testInvoicingDeps(db, runAt, { mailer }), practiceId, { year: 2026, month: 10 })).rejects.toThrow("Resend down");
    mailer.failWith = null;
    const fn = (now: Date) => createDeliverPendingInvoices(testDeps(db, new FakeCarrier(), mailer), async (db, mailer) => testInvoicingDeps(db, now, { mailer }));
    expect(fn(runAt).opts.triggers).toEqual([{ cron: "TZ=Europe/Berlin 17 * * * *" }]);

    const tooYoung = await new InngestTestEngine({ function: fn(new Date(Date.now() + 10 * 60_000)) }).execute();
    expect(tooYoung.result).toEqual({ sent: [] });
    const { result } = await new InngestTestEngine({ function: fn(new Date(Date.now() + 31 * 60_000)) }).execute();
    expect(result).toEqual({ sent: ["2026-000001"] });
    expect(mailer.sent).toHaveLength(1);
    const again = await new InngestTestEngine({ function: fn(new Date(Date.now() + 90 * 60_000)) }).execute();
    expect(again.result).toEqual({ sent: [] });
  });
});
