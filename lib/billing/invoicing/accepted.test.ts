import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invoices } from "../../../db/schema";
import { createCaller, messageRow } from "../../../db/testing/fixtures";
import { setUpTestDatabase } from "../../../db/testing/test-database";
import { expireUnsentMessages } from "../../delivery/expiry";
import { acceptMessage } from "../../messages/accept-message";
import { cancelMessage } from "../../messages/cancel-message";
import { validateSmsRequest } from "../../messages/validate-sms-request";
import { startOfBerlinDay } from "../../time/berlin";
import { invoicePractice } from "./run";
import { testInvoicingDeps } from "./testing";

const database = setUpTestDatabase();

describe("invoicing what the API accepted", () => {
  it("bills the parts and prices the API stored, not the rejected request, the scheduled message cancelled before hand-over or the one expired before it", async () => {
    const { db } = database;
    const { caller } = await createCaller(db, { trialEndsAt: startOfBerlinDay(2026, 9, 1), street: "Hauptstraße 5", postalCode: "10115", city: "Berlin" });
    const acceptedAt = new Date("2026-10-12T08:00:00Z");
    const accept = async (body: Record<string, string>) => (await acceptMessage(db, caller, validateSmsRequest(body, caller.practice, acceptedAt), { now: acceptedAt })).message;
    const long = await accept({ to: "+4917612345678", text: "a".repeat(200) });
    await accept({ to: "+4917612345679", text: "Ihr Termin ist morgen um 10 Uhr." });
    const scheduled = await accept({ to: "+4917612345670", text: "Recall", sendAt: "2026-10-30T09:00:00+01:00" });
    await cancelMessage(db, caller.practice.id, scheduled.id, new Date("2026-10-20T10:00:00Z"));
    // Not handed over before its appointment: ends undelivered at no charge.
    const expiring = await accept({ to: "+4917612345671", text: "Termin heute", expiresAt: "2026-10-12T12:00:00+02:00" });
    await expireUnsentMessages(db, new Date("2026-10-12T10:30:00Z"));
    expect((await messageRow(db, expiring.id)).status).toBe("undelivered");
    // Refused at the door: nothing is stored, so nothing is billed.
    expect(() => validateSmsRequest({ to: "keine Nummer", text: "Hallo" }, caller.practice, acceptedAt)).toThrow();

    await invoicePractice(testInvoicingDeps(db, new Date("2026-11-01T02:00:00Z")), caller.practice.id, { year: 2026, month: 10 });
    const [invoice] = await db.select().from(invoices).where(eq(invoices.practiceId, caller.practice.id));
    const parts = invoice.document.lines.find((line) => line.kind === "sms_parts")!;
    expect(parts.quantity).toBe(long.segments + 1);
    expect(parts.totalCents).toBe(long.priceCents + 8);
    expect(invoice.netCents).toBe(1900 + parts.totalCents);
  });
});
