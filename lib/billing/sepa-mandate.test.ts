import { describe, expect, it } from "vitest";
import { bicProblem, compactIban, groupIban, ibanProblem, nextMandateReference, sepaMandateText } from "./sepa-mandate";

const practiceId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

describe("IBAN and BIC", () => {
  it("accepts an IBAN typed with spaces and lower case, stores it compact and shows it grouped", () => {
    const iban = compactIban(" de89 3704 0044 0532 0130 00 ");
    expect(iban).toBe("DE89370400440532013000");
    expect(ibanProblem(iban)).toBeNull();
    expect(groupIban(iban)).toBe("DE89 3704 0044 0532 0130 00");
  });

  it("refuses a wrong check digit, and accounts outside SEPA", () => {
    expect(ibanProblem(compactIban("DE89 3704 0044 0532 0130 01"))).toMatch(/ungültig/);
    expect(ibanProblem("")).toMatch(/Bitte geben Sie die IBAN an/);
  });

  it("needs no BIC for German and Austrian accounts, but one for Swiss accounts; a BIC given must fit", () => {
    expect(bicProblem("", "DE89370400440532013000")).toBeNull();
    expect(bicProblem("", "AT611904300234573201")).toBeNull();
    expect(bicProblem("", "CH9300762011623852957")).toMatch(/brauchen wir die BIC/);
    expect(bicProblem("COBADEFFXXX", "DE89370400440532013000")).toBeNull();
    expect(bicProblem("COBADEFF", "AT611904300234573201")).toMatch(/anderen Land/);
    expect(bicProblem("KEINEBIC", "DE89370400440532013000")).toMatch(/ungültig/);
  });
});

describe("the mandate", () => {
  it("numbers references per practice: PB-, 12 hex digits of the id, a running number", () => {
    expect(nextMandateReference(practiceId, null)).toBe("PB-0A1B2C3D4E5F-1");
    expect(nextMandateReference(practiceId, "PB-0A1B2C3D4E5F-1")).toBe("PB-0A1B2C3D4E5F-2");
    expect(nextMandateReference(practiceId, "PB-0A1B2C3D4E5F-1").length).toBeLessThanOrEqual(35);
  });

  it("names the creditor, its id and the reference in the SEPA core wording", () => {
    const text = sepaMandateText({ name: "Praxisbote GmbH", id: "DE98ZZZ09999999999" }, "PB-0A1B2C3D4E5F-1").join(" ");
    expect(text).toContain("Ich ermächtige / Wir ermächtigen Praxisbote GmbH");
    expect(text).toContain("DE98ZZZ09999999999");
    expect(text).toContain("PB-0A1B2C3D4E5F-1");
    expect(text).toContain("innerhalb von acht Wochen");
  });
});
