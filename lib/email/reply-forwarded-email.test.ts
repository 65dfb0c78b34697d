import { describe, expect, it } from "vitest";
import { renderReplyForwardedEmail } from "./reply-forwarded-email";

const reply = {
  practiceName: "Zahnarztpraxis Berg",
  fromNumber: "+4917612345606",
  text: "Ich komme 10 Minuten später.",
  receivedAt: new Date("2026-11-26T09:15:00Z"),
  original: { text: "Ihr Termin ist morgen um 10 Uhr.", sentAt: new Date("2026-11-25T16:00:00Z") },
};

// Whoever replies may be a patient, a parent or anyone else holding the phone.
// Plain text renders the heading in capitals, hence /i.
const GENDERED = /\bPatient(en)?\b|\bihn\b|\bihm\b|\bSie antwortet\b/i;

describe("the forwarded-reply e-mail", () => {
  it("names the number and the original SMS without assuming who replied", async () => {
    const { text, html } = await renderReplyForwardedEmail(reply);
    expect(text).toMatch(/Antwort auf Ihre SMS an \+4917612345606/i);
    expect(text).toContain("Ich komme 10 Minuten später.");
    expect(text).toContain("Ihre SMS an diese Nummer vom 25.11.2026 um 17:00 Uhr lautete: „Ihr Termin ist morgen um 10 Uhr.“");
    expect(text).toContain("rufen Sie bei Bedarf die Nummer +4917612345606 an");
    expect(text).not.toMatch(GENDERED);
    expect(html).not.toMatch(GENDERED);
  });

  it("stays neutral when the original SMS is unknown", async () => {
    const { text } = await renderReplyForwardedEmail({ ...reply, original: null });
    expect(text).toMatch(/^SMS von \+4917612345606$/im);
    expect(text).not.toContain("lautete");
    expect(text).not.toMatch(GENDERED);
  });
});
