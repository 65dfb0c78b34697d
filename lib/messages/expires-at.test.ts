import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { validateSmsRequest, type SenderDefaults } from "./validate-sms-request";

const now = new Date("2026-11-26T10:00:00Z");
const defaults: SenderDefaults = { optimiseCharacters: false, replyNumber: null, defaultSender: "Praxis", country: "DE" };
const valid = { to: "+4917612345678", text: "Ihr Termin morgen um 10 Uhr." };

function refusal(body: object) {
  try {
    validateSmsRequest(body, defaults, now);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.field, message: error.message };
    throw error;
  }
  throw new Error("accepted");
}

describe("expiresAt", () => {
  it("is optional, and empty means none", () => {
    expect(validateSmsRequest(valid, defaults, now).expiresAt).toBeNull();
    expect(validateSmsRequest({ ...valid, expiresAt: " " }, defaults, now).expiresAt).toBeNull();
  });

  it("takes a time with offset after sendAt, and is part of what an Idempotency-Key compares", () => {
    const draft = validateSmsRequest({ ...valid, sendAt: "2026-11-27T09:00:00+01:00", expiresAt: "2026-11-27T10:30:00+01:00" }, defaults, now);
    expect(draft.expiresAt).toEqual(new Date("2026-11-27T09:30:00Z"));
    expect(draft.requestFields.expiresAt).toBe("2026-11-27T10:30:00+01:00");
  });

  it("takes a time a minute after now when there is no sendAt (or a past one)", () => {
    expect(validateSmsRequest({ ...valid, expiresAt: "2026-11-26T10:01:00Z" }, defaults, now).expiresAt).toEqual(new Date("2026-11-26T10:01:00Z"));
    expect(validateSmsRequest({ ...valid, sendAt: "2026-11-01T09:00:00Z", expiresAt: "2026-11-26T11:30:00+01:00" }, defaults, now).expiresAt).toEqual(
      new Date("2026-11-26T10:30:00Z"),
    );
  });

  it.each([
    ["without offset", { expiresAt: "2026-11-27T10:30:00" }, /ISO 8601 mit Zeitzone/],
    ["as a German date", { expiresAt: "27.11.2026 10:30" }, /ISO 8601 mit Zeitzone/],
    ["31 November", { expiresAt: "2026-11-31T10:30:00+01:00" }, /kein gültiges Datum/],
    ["before sendAt", { sendAt: "2026-11-27T09:00:00+01:00", expiresAt: "2026-11-27T08:00:00+01:00" }, /nach sendAt/],
    ["equal to sendAt", { sendAt: "2026-11-27T09:00:00+01:00", expiresAt: "2026-11-27T08:00:00Z" }, /nach sendAt/],
    ["less than a minute after sendAt", { sendAt: "2026-11-27T09:00:00+01:00", expiresAt: "2026-11-27T09:00:59+01:00" }, /mindestens eine Minute nach sendAt/],
    ["in the past without sendAt", { expiresAt: "2026-11-26T09:00:00Z" }, /in der Zukunft/],
    ["now without sendAt", { expiresAt: "2026-11-26T10:00:30Z" }, /in der Zukunft/],
  ])("is refused %s, naming the field", (_name, fields, message) => {
    const refused = refusal({ ...valid, ...fields });
    expect(refused).toMatchObject({ code: "invalid_expires_at", field: "expiresAt" });
    expect(refused.message).toMatch(message);
  });

  it("is refused with control characters or as a number", () => {
    expect(refusal({ ...valid, expiresAt: "2026-11-27T10:30:00Z\u0000" })).toMatchObject({ field: "expiresAt" });
    expect(refusal({ ...valid, expiresAt: 1796000000 })).toMatchObject({ code: "invalid_request", field: "expiresAt" });
  });
});
