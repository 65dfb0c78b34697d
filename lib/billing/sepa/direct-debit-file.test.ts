import { describe, expect, it } from "vitest";
import { buildDirectDebitFile, type SepaCreditorAccount, type SepaDebit } from "./direct-debit-file";
import { toSepaText } from "./sepa-text";
import { PAIN_008_XSD, schemaErrors } from "../../xml/xml-schema";

const xsd = PAIN_008_XSD;

const creditor: SepaCreditorAccount = { name: "Praxisbote GmbH", iban: "DE02120300000000202051", bic: "BYLADEM1001", creditorId: "DE98ZZZ09999999999" };

const debit = (values: Partial<SepaDebit>): SepaDebit => ({
  invoiceNumber: "2026-000101",
  amountCents: 2261,
  collectionDate: "2026-11-06",
  debtorName: "Zahnarztpraxis Dr. Müller & Söhne",
  debtorIban: "DE89370400440532013000",
  debtorBic: null,
  mandateReference: "PB-0A1B2C3D4E5F-1",
  mandateSignedOn: "2026-08-14",
  sequenceType: "FRST",
  ...values,
});

const debits = [
  debit({}),
  debit({ invoiceNumber: "2026-000102", amountCents: 100_005, debtorIban: "AT611904300234573201", debtorBic: "BKAUATWW", mandateReference: "PB-111111111111-2", mandateSignedOn: "2026-01-31", sequenceType: "RCUR" }),
  debit({ invoiceNumber: "2026-000103", amountCents: 1, mandateReference: "PB-222222222222-1", sequenceType: "RCUR" }),
];

const file = () => buildDirectDebitFile({ messageId: "PB-2026-10-20261102T090000", createdAt: new Date(2026, 10, 2, 9, 0, 0), creditor, debits });

/** The text of every `<tag>` in `xml`, in order. */
const all = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, "g"))].map((m) => m[1]);
const blocks = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1]);

describe("the pain.008 file", () => {
  it("has one payment block per sequence type and collection date, with our creditor data", () => {
    const xml = file();
    expect(xml).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08"');
    const payments = blocks(xml, "PmtInf");
    expect(payments).toHaveLength(2);
    expect(all(xml, "SeqTp")).toEqual(["FRST", "RCUR"]);
    expect(all(xml, "ReqdColltnDt")).toEqual(["2026-11-06", "2026-11-06"]);
    expect(xml.match(/<Cd>CORE<\/Cd>/g)).toHaveLength(2);
    for (const payment of payments) {
      expect(payment).toContain("<Nm>Praxisbote GmbH</Nm>");
      expect(payment).toContain("<IBAN>DE02120300000000202051</IBAN>");
      expect(payment).toContain("<BICFI>BYLADEM1001</BICFI>");
      expect(payment).toContain("<Id>DE98ZZZ09999999999</Id>");
    }
    expect(all(xml, "MsgId")).toEqual(["PB-2026-10-20261102T090000"]);
    expect(all(xml, "CreDtTm")).toEqual(["2026-11-02T09:00:00"]);
  });

  it("carries each invoice's amount, number, mandate and debtor; counts and sums add up", () => {
    const xml = file();
    const transactions = blocks(xml, "DrctDbtTxInf");
    expect(transactions).toHaveLength(3);
    const [first, ...recurring] = transactions;
    expect(all(first, "EndToEndId")).toEqual(["2026-000101"]);
    expect(all(first, "InstdAmt")).toEqual(["22.61"]);
    expect(first).toContain('Ccy="EUR"');
    expect(all(first, "MndtId")).toEqual(["PB-0A1B2C3D4E5F-1"]);
    expect(all(first, "DtOfSgntr")).toEqual(["2026-08-14"]);
    expect(all(first, "Nm")).toEqual(["Zahnarztpraxis Dr. Mueller + Soehne"]);
    expect(all(first, "IBAN")).toEqual(["DE89370400440532013000"]);
    // No BIC within the EEA: the scheme's placeholder.
    expect(all(first, "Id")).toContain("NOTPROVIDED");
    expect(all(first, "Ustrd")).toEqual(["Rechnung 2026-000101"]);

    expect(recurring.map((t) => all(t, "EndToEndId")[0])).toEqual(["2026-000102", "2026-000103"]);
    expect(recurring.map((t) => all(t, "InstdAmt")[0])).toEqual(["1000.05", "0.01"]);
    expect(all(recurring[0], "BICFI")).toEqual(["BKAUATWW"]);

    expect(all(xml, "NbOfTxs")).toEqual(["3", "1", "2"]);
    expect(all(xml, "CtrlSum")).toEqual(["1022.67", "22.61", "1000.06"]);
  });

  it("keeps the collection date whatever time zone the server runs in", () => {
    const xml = buildDirectDebitFile({ messageId: "M1", createdAt: new Date(), creditor, debits: [debit({ collectionDate: "2026-12-31", mandateSignedOn: "2026-01-01" })] });
    expect(all(xml, "ReqdColltnDt")).toEqual(["2026-12-31"]);
    expect(all(xml, "DtOfSgntr")).toEqual(["2026-01-01"]);
  });

  it("is refused by the library for an invalid IBAN or creditor id, and without debits", () => {
    expect(() => buildDirectDebitFile({ messageId: "M1", createdAt: new Date(), creditor, debits: [debit({ debtorIban: "DE89370400440532013001" })] })).toThrow(/IBAN/);
    expect(() => buildDirectDebitFile({ messageId: "M1", createdAt: new Date(), creditor: { ...creditor, creditorId: "DE00ZZZ09999999999" }, debits })).toThrow(/creditorId/);
    expect(() => buildDirectDebitFile({ messageId: "M1", createdAt: new Date(), creditor, debits: [] })).toThrow(/mindestens eine/);
  });

  it("validates against the pain.008.001.08 schema", () => {
    expect(schemaErrors(file(), xsd)).toBeNull();
    const single = buildDirectDebitFile({ messageId: "M1", createdAt: new Date(), creditor: { ...creditor, bic: null }, debits: [debit({})] });
    expect(schemaErrors(single, xsd)).toBeNull();
    // The check itself bites: a sequence type the schema does not know.
    expect(schemaErrors(file().replace("<SeqTp>FRST</SeqTp>", "<SeqTp>FIRST</SeqTp>"), xsd)).toMatch(/SeqTp/);
  });
});

describe("SEPA text", () => {
  it("spells out umlauts, drops accents and replaces what banks may refuse", () => {
    expect(toSepaText("Praxis Dr. Größe & Partner", 70)).toBe("Praxis Dr. Groesse + Partner");
    expect(toSepaText("Zahnärzte Čech; Ørsted @ Wien", 70)).toBe("Zahnaerzte Cech rsted Wien");
    expect(toSepaText("a".repeat(80), 70)).toHaveLength(70);
  });
});
