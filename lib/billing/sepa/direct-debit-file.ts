import { Document } from "sepa";
import { toSepaText } from "./sepa-text";

// One pain.008 file (SEPA core direct debit) for our bank, built by the `sepa` library, which
// also checks IBANs, the creditor id, lengths and the id character set as it serialises.

/** The format German banks take since November 2023 (DK data format 3.7). */
export const PAIN_FORMAT = "pain.008.001.08";

export type SequenceType = "FRST" | "RCUR";

export interface SepaCreditorAccount {
  name: string;
  iban: string;
  /** Optional within the EEA. */
  bic: string | null;
  /** Gläubiger-Identifikationsnummer. */
  creditorId: string;
}

export interface SepaDebit {
  /** Our invoice number: end-to-end id and remittance information. */
  invoiceNumber: string;
  amountCents: number;
  /** YYYY-MM-DD: the debit date the invoice announced. */
  collectionDate: string;
  debtorName: string;
  debtorIban: string;
  debtorBic: string | null;
  mandateReference: string;
  /** YYYY-MM-DD */
  mandateSignedOn: string;
  sequenceType: SequenceType;
}

export interface DirectDebitFileInput {
  /** Unique per file, at most 35 characters of the SEPA id set. */
  messageId: string;
  createdAt: Date;
  creditor: SepaCreditorAccount;
  debits: SepaDebit[];
}

// The library prints dates with the local calendar fields of a Date: local midnight keeps the
// day whatever zone the server runs in.
const localDay = (day: string) => {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year, month - 1, date);
};

/** One payment block per sequence type and collection date, as the scheme requires. */
function groupDebits(debits: SepaDebit[]): SepaDebit[][] {
  const groups = new Map<string, SepaDebit[]>();
  const sorted = [...debits].sort((a, b) => a.collectionDate.localeCompare(b.collectionDate) || a.sequenceType.localeCompare(b.sequenceType) || a.invoiceNumber.localeCompare(b.invoiceNumber));
  for (const debit of sorted) {
    const key = `${debit.sequenceType} ${debit.collectionDate}`;
    groups.set(key, [...(groups.get(key) ?? []), debit]);
  }
  return [...groups.values()];
}

/** The pain.008 XML for `debits`; throws (the library's message) if a field is not SEPA-valid. */
export function buildDirectDebitFile({ messageId, createdAt, creditor, debits }: DirectDebitFileInput): string {
  if (debits.length === 0) throw new Error("Eine Lastschriftdatei braucht mindestens eine Lastschrift.");
  const document = new Document(PAIN_FORMAT);
  document.grpHdr.id = messageId;
  document.grpHdr.created = createdAt;
  document.grpHdr.initiatorName = toSepaText(creditor.name, 70);

  for (const group of groupDebits(debits)) {
    const info = document.createPaymentInfo();
    info.collectionDate = localDay(group[0].collectionDate);
    info.sequenceType = group[0].sequenceType;
    info.localInstrumentation = "CORE";
    info.batchBooking = true;
    info.creditorName = toSepaText(creditor.name, 70);
    info.creditorIBAN = creditor.iban;
    info.creditorBIC = creditor.bic ?? "";
    info.creditorId = creditor.creditorId;
    document.addPaymentInfo(info);

    for (const debit of group) {
      const transaction = info.createTransaction();
      transaction.end2endId = debit.invoiceNumber;
      // Cents to euros exactly: the library checks that no third decimal appears.
      transaction.amount = Number((debit.amountCents / 100).toFixed(2));
      transaction.currency = "EUR";
      transaction.mandateId = debit.mandateReference;
      transaction.mandateSignatureDate = localDay(debit.mandateSignedOn);
      transaction.debtorName = toSepaText(debit.debtorName, 70);
      transaction.debtorIBAN = debit.debtorIban;
      transaction.debtorBIC = debit.debtorBic ?? "";
      transaction.remittanceInfo = toSepaText(`Rechnung ${debit.invoiceNumber}`, 140);
      info.addTransaction(transaction);
    }
  }
  return document.toString();
}
