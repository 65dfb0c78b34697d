import { Text, View } from "@react-pdf/renderer";
import type { InvoiceDocument } from "../invoice-document";
import { formatCents } from "../price-list";
import { formatDocumentDate, formatIban, paymentTermsText, REVERSE_CHARGE_NOTE } from "./invoice-texts";
import { mm, styles } from "./styles";

export function ReverseChargeNote({ doc }: { doc: InvoiceDocument }) {
  if (doc.tax.kind !== "reverse_charge") return null;
  return (
    <View style={styles.box} wrap={false}>
      <Text style={styles.bold}>{REVERSE_CHARGE_NOTE} (Reverse Charge)</Text>
      <Text>
        Die Leistung ist in Deutschland nicht steuerbar; die Umsatzsteuer schuldet der Leistungsempfänger (Art. 196 MwStSystRL).
      </Text>
      <Text>
        USt-IdNr. des Leistenden: {doc.seller.vatId} · USt-IdNr. des Leistungsempfängers: {doc.buyer.vatId}
      </Text>
    </View>
  );
}

function AccountRow({ label, value }: { label: string; value: string }) {
  return (
    <View style={{ flexDirection: "row" }}>
      <Text style={[styles.muted, { width: mm(32) }]}>{label}</Text>
      <Text style={{ flex: 1 }}>{value}</Text>
    </View>
  );
}

function paymentHeading(doc: InvoiceDocument): string {
  if (doc.kind === "cancellation") return "Erstattung";
  return doc.payment.method === "sepa_direct_debit" ? "Zahlung per SEPA-Lastschrift" : "Zahlung per Überweisung";
}

export function PaymentTerms({ doc }: { doc: InvoiceDocument }) {
  const { payment, seller } = doc;
  const transfer = doc.kind === "invoice" && payment.method === "bank_transfer" ? payment : null;
  return (
    <View style={styles.box} wrap={false}>
      <Text style={styles.bold}>{paymentHeading(doc)}</Text>
      {transfer ? (
        <>
          <Text style={{ marginBottom: 2 }}>
            Bitte überweisen Sie {formatCents(doc.grossCents)} ohne Abzug bis zum {formatDocumentDate(transfer.dueDate)} auf unser Konto:
          </Text>
          <AccountRow label="Kontoinhaber" value={seller.name} />
          <AccountRow label="IBAN" value={formatIban(seller.iban)} />
          <AccountRow label="BIC" value={`${seller.bic} (${seller.bankName})`} />
          <AccountRow label="Verwendungszweck" value={doc.number} />
        </>
      ) : (
        <Text>{paymentTermsText(doc)}</Text>
      )}
    </View>
  );
}

export function Notes({ doc }: { doc: InvoiceDocument }) {
  if (doc.notes.length === 0) return null;
  return (
    <View style={{ marginTop: mm(4) }}>
      {doc.notes.map((note, index) => (
        <Text key={index} style={styles.paragraph}>
          {note}
        </Text>
      ))}
    </View>
  );
}
