import { describe, expect, it, vi } from "vitest";
import { FakeMailer } from "../../../db/testing/fixtures";
import { setUpTestDatabase } from "../../../db/testing/test-database";
import { startOfBerlinDay } from "../../time/berlin";
import { runDueInvoicing } from "./local";
import { billablePractice, testInvoicingDeps } from "./testing";

const database = setUpTestDatabase();

describe("the local driver's invoicing", () => {
  it("invoices the previous month from the 1st on, once, and loads no renderer when there is nothing to do", async () => {
    const { db } = database;
    const mailer = new FakeMailer();
    const makeDeps = vi.fn(async () => testInvoicingDeps(db, new Date(), { mailer }));
    await billablePractice(db, startOfBerlinDay(2027, 1, 1));
    expect(await runDueInvoicing(db, mailer, new Date("2026-11-01T00:30:00Z"), makeDeps)).toEqual({ results: [], sent: [] });
    expect(makeDeps).not.toHaveBeenCalled();

    const practiceId = await billablePractice(db, startOfBerlinDay(2026, 9, 1));
    vi.spyOn(console, "log").mockImplementation(() => {});
    const first = await runDueInvoicing(db, mailer, new Date("2026-11-01T00:30:00Z"), makeDeps);
    expect(first.results).toEqual([expect.objectContaining({ practiceId, outcome: "issued", number: "2026-000001", emailed: true })]);
    const later = await runDueInvoicing(db, mailer, new Date("2026-11-03T09:00:00Z"), makeDeps);
    expect(later).toEqual({ results: [], sent: [] });
    expect(mailer.sent).toHaveLength(1);
    expect(makeDeps).toHaveBeenCalledTimes(1);
  });
});
