import { describe, expect, it } from "vitest";
import { validateSender } from "./sender";

describe("validateSender", () => {
  it.each([
    ["+4912341234567", "numeric"],
    ["4912341234567", "numeric"],
    ["+1234567890123456", "numeric"],
    ["Praxis Berg", "alphanumeric"],
    ["Dr.Mueller", "alphanumeric"],
    ["Zahn-Team_1", "alphanumeric"],
    ["A&B Dental", "alphanumeric"],
  ])("accepts %s as %s", (input, kind) => {
    expect(validateSender(input)).toMatchObject({ ok: true, kind });
  });

  it.each([
    ["", /Absender an/],
    ["+12345678901234567", /16 Ziffern/],
    ["12", /16 Ziffern/],
    ["Praxis am Markt", /11 Zeichen/],
    ["Dr. Müller", /Umlaute/],
    ["Praxis😀", /Umlaute/],
    ["12 34", /Buchstaben/],
    ["<script>", /Umlaute/],
  ])("rejects %j", (input, message) => {
    const result = validateSender(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
