import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { validateSmsRequest, type SenderDefaults } from "./validate-sms-request";

const now = new Date("2026-11-26T10:00:00Z");
const defaults: SenderDefaults = { optimiseCharacters: false, replyNumber: null, defaultSender: "Praxis", country: "DE" };
const austrian: SenderDefaults = { ...defaults, country: "AT" };
const valid = { to: "+4917612345678", text: "Ihr Termin morgen um 10 Uhr." };

function rejection(body: unknown, settings = defaults) {
  try {
    validateSmsRequest(body, settings, now);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.field, message: error.message };
    throw error;
  }
  throw new Error("accepted");
}

describe("validateSmsRequest – hostile and broken input", () => {
  it.each([
    ["a string body", "hallo", "invalid_request", undefined],
    ["an array body", [valid], "invalid_request", undefined],
    ["null", null, "invalid_request", undefined],
    ["no recipient", { text: "x" }, "missing_parameter", "to"],
    ["null recipient", { to: null, text: "x" }, "missing_parameter", "to"],
    ["empty recipient", { to: " ", text: "x" }, "missing_parameter", "to"],
    ["recipient as number", { to: 4917612345678, text: "x" }, "invalid_request", "to"],
    ["recipient as array", { to: ["+4917612345678"], text: "x" }, "invalid_request", "to"],
    ["recipient with letters", { to: "0176ZAHNARZT", text: "x" }, "invalid_recipient", "to"],
    ["landline recipient", { to: "+49301234567", text: "x" }, "invalid_recipient", "to"],
    ["SQL in recipient", { to: "'; drop table messages; --", text: "x" }, "invalid_recipient", "to"],
    ["no text", { to: valid.to }, "missing_parameter", "text"],
    ["blank text", { to: valid.to, text: "   " }, "missing_parameter", "text"],
    ["text as object", { to: valid.to, text: { de: "x" } }, "invalid_request", "text"],
    ["601 characters", { to: valid.to, text: "a".repeat(601) }, "text_too_long", "text"],
    ["601 emoji", { to: valid.to, text: "😀".repeat(601) }, "text_too_long", "text"],
    ["NUL in text", { to: valid.to, text: "Hallo\u0000" }, "invalid_request", "text"],
    ["escape sequence in text", { to: valid.to, text: "\u001b[31mrot" }, "invalid_request", "text"],
    ["lone surrogate in text", { to: valid.to, text: "Hallo \ud800" }, "invalid_request", "text"],
    ["sender too long", { ...valid, from: "Zahnarztpraxis Berg" }, "invalid_sender", "from"],
    ["sender with umlaut", { ...valid, from: "Müller" }, "invalid_sender", "from"],
    ["sender as number", { ...valid, from: 4912345 }, "invalid_request", "from"],
    ["sendAt without zone", { ...valid, sendAt: "2026-12-01T09:00:00" }, "invalid_send_at", "sendAt"],
    ["sendAt as German date", { ...valid, sendAt: "01.12.2026 09:00" }, "invalid_send_at", "sendAt"],
    ["sendAt as unix time", { ...valid, sendAt: "1796000000" }, "invalid_send_at", "sendAt"],
    ["sendAt as number", { ...valid, sendAt: 1796000000 }, "invalid_request", "sendAt"],
    ["sendAt 30 February", { ...valid, sendAt: "2027-02-30T09:00:00+01:00" }, "invalid_send_at", "sendAt"],
    ["sendAt two years ahead", { ...valid, sendAt: "2028-11-26T10:00:00Z" }, "invalid_send_at", "sendAt"],
    ["reference of 101 characters", { ...valid, reference: "r".repeat(101) }, "invalid_request", "reference"],
    ["NUL in reference", { ...valid, reference: "a\u0000b" }, "invalid_request", "reference"],
    ["NUL in location", { ...valid, location: "\u0000" }, "invalid_request", "location"],
    ["lone surrogate in sender", { ...valid, from: "\ud800" }, "invalid_sender", "from"],
  ])("refuses %s", (_name, body, code, field) => {
    expect(rejection(body)).toMatchObject({ code, field });
  });

  it("asks for a sender when the practice has no default", () => {
    expect(rejection(valid, { ...defaults, defaultSender: null })).toMatchObject({ code: "missing_parameter", field: "from" });
  });

  it("keeps SQL and HTML in the text as plain text", () => {
    const text = "<script>alert(1)</script> '; drop table messages; --";
    expect(validateSmsRequest({ ...valid, text }, defaults, now).text).toBe(text);
  });
});

describe("validateSmsRequest – accepted input", () => {
  it("normalises the recipient and counts the text with the engine", () => {
    const draft = validateSmsRequest({ to: "0043 676 1234567", text: "Termin: 25 € 😀" }, defaults, now);
    expect(draft).toMatchObject({ recipient: "+436761234567", sender: "Praxis", encoding: "UCS-2", characters: 14, segments: 1 });
  });

  it("accepts 600 emoji, the limit counted in characters", () => {
    const draft = validateSmsRequest({ ...valid, text: "😀".repeat(600) }, defaults, now);
    expect(draft).toMatchObject({ characters: 600, segments: 19 });
  });

  it("sends past and present times now, and keeps a future time", () => {
    expect(validateSmsRequest({ ...valid, sendAt: "2020-01-01T00:00:00Z" }, defaults, now).sendAt).toEqual(now);
    expect(validateSmsRequest({ ...valid, sendAt: "2026-12-01T09:00:00+01:00" }, defaults, now).sendAt.toISOString()).toBe(
      "2026-12-01T08:00:00.000Z",
    );
  });

  it("applies the practice's optimisation only when it saves parts", () => {
    const text = "„" + "a".repeat(100) + "“";
    expect(validateSmsRequest({ ...valid, text }, defaults, now)).toMatchObject({ segments: 2, encoding: "UCS-2" });
    expect(validateSmsRequest({ ...valid, text }, { ...defaults, optimiseCharacters: true }, now)).toMatchObject({
      segments: 1,
      encoding: "GSM-7",
      text: `"${"a".repeat(100)}"`,
    });
  });

  it.each(["0664 1234567", "0676 1234567", "0699 12345678", "0650 1234567", "0660 1234567"])(
    "reads the national number %s of an Austrian practice as Austrian",
    (to) => {
      const draft = validateSmsRequest({ ...valid, to }, austrian, now);
      expect(draft.recipient).toBe(`+43${to.slice(1).replace(/ /g, "")}`);
    },
  );

  it("reads a German practice's national numbers as German, and international ones as written", () => {
    expect(validateSmsRequest({ ...valid, to: "0171 1234567" }, defaults, now).recipient).toBe("+491711234567");
    expect(validateSmsRequest({ ...valid, to: "+43 664 1234567" }, defaults, now).recipient).toBe("+436641234567");
    expect(validateSmsRequest({ ...valid, to: "0049 171 1234567" }, austrian, now).recipient).toBe("+491711234567");
  });

  it("uses a rented reply number as sender so that replies reach it", () => {
    const draft = validateSmsRequest(valid, { ...defaults, replyNumber: "+4915112345600" }, now);
    expect(draft.sender).toBe("+4915112345600");
  });
});

describe("validateSmsRequest – national numbers across the border", () => {
  it("refuses an Austrian mobile written nationally to a German practice, with the +43 spelling", () => {
    expect(rejection({ ...valid, to: "0664 1234567" })).toMatchObject({
      code: "invalid_recipient",
      field: "to",
      message: expect.stringContaining("bitte mit +43 angeben: +43 664 1234567"),
    });
  });

  it("refuses a German mobile written nationally to an Austrian practice, with the +49 spelling", () => {
    expect(rejection({ ...valid, to: "0171 1234567" }, austrian)).toMatchObject({
      code: "invalid_recipient",
      field: "to",
      message: expect.stringContaining("bitte mit +49 angeben: +49 171 1234567"),
    });
  });

  it.each<[string, SenderDefaults]>([
    ["030 1234567", defaults],
    ["+49 30 1234567", defaults],
    ["01 5344400", austrian],
    ["+43 1 5344400", austrian],
    ["0800 1234567", austrian],
  ])("still refuses the landline or service number %s without a hint", (to, settings) => {
    const refused = rejection({ ...valid, to }, settings);
    expect(refused).toMatchObject({ code: "invalid_recipient", field: "to" });
    expect(refused.message).toMatch(/keine Mobilfunknummer/);
    expect(refused.message).not.toMatch(/bitte mit \+/);
  });
});
