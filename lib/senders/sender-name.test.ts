import { describe, expect, it } from "vitest";
import { validateSender } from "../sms/sender";
import { senderNameFromPracticeName } from "./sender-name";

describe("senderNameFromPracticeName", () => {
  it.each([
    ["Zahnarztpraxis Dr. Berg", "Praxis Berg"],
    ["Praxis Bär", "Praxis Baer"],
    ["Zahnarztpraxis Dr. Müller", "Mueller"],
    ["Zahnärzte am Schloßpark", "Schlosspark"],
    ["Dr. med. dent. Jörg Weiß", "Joerg Weiss"],
    ["Clinique Dentaire Hélène", "Clinique"],
    ["Zahnarztpraxis Dr. Sommer (Demo)", "Sommer Demo"],
    ["Kieferorthopädiezentrum Süd", "Kieferortho"],
    ["A&B Dental", "A&B Dental"],
    ["Praxis 42", "Praxis 42"],
  ])("%s → %s", (practiceName, sender) => {
    expect(senderNameFromPracticeName(practiceName)).toBe(sender);
  });

  it("always gives a name the sender rules accept, at most 11 characters", () => {
    for (const name of ["Gemeinschaftspraxis Dres. Özdemir-Schäfer & Partner", "Praxis am Markt", "Zahnarztpraxis", "Ärztehaus Überlingen GmbH"]) {
      const sender = senderNameFromPracticeName(name);
      expect(sender, name).not.toBeNull();
      expect(sender!.length, name).toBeLessThanOrEqual(11);
      expect(validateSender(sender!), name).toMatchObject({ ok: true, kind: "alphanumeric" });
    }
  });

  it.each([["Ωμέγα"], ["123 456"], ["Ωμέγα 12"], ["---"], [""]])("has no name for %j", (practiceName) => {
    expect(senderNameFromPracticeName(practiceName)).toBeNull();
  });
});
