import { Page, Text, View } from "@react-pdf/renderer";
import type { InvoiceDocument, LocationStatement } from "../invoice-document";
import { formatCents } from "../price-list";
import { Footer } from "./invoice-footer";
import { documentTitle, formatCount, formatDocumentDate } from "./invoice-texts";
import { mm, styles } from "./styles";

const COLUMNS = { messages: "25%", parts: "25%", unitPrice: "25%", amount: "25%" } as const;

export function statementTitle(statement: LocationStatement): string {
  return statement.locationName ? `Aufstellung Standort ${statement.locationName}` : "Aufstellung ohne Standort";
}

function Cell({ width, children, bold = false }: { width: string; children: string; bold?: boolean }) {
  return <Text style={[{ width }, styles.right, bold ? styles.bold : {}]}>{children}</Text>;
}

/** One page per location: the messages and SMS parts sent for it in the invoiced month. */
export function LocationStatementPage({ doc, statement }: { doc: InvoiceDocument; statement: LocationStatement }) {
  const partsLine = doc.lines.find((line) => line.kind === "sms_parts");
  const all = doc.statements.reduce(
    (sum, s) => ({ messages: sum.messages + s.messages, parts: sum.parts + s.parts, amountCents: sum.amountCents + s.amountCents }),
    { messages: 0, parts: 0, amountCents: 0 },
  );
  return (
    <Page size="A4" style={styles.page}>
      <Text style={[styles.brand, { fontSize: 12, marginBottom: mm(8) }]}>{doc.seller.name}</Text>
      <Text style={styles.title}>{statementTitle(statement)}</Text>
      <Text style={[styles.subtitle, { marginBottom: 0 }]}>
        Anlage zur {documentTitle(doc)} vom {formatDocumentDate(doc.issueDate)} · Kundennummer {doc.buyer.customerNumber}
      </Text>
      <Text style={styles.subtitle}>
        Leistungszeitraum {formatDocumentDate(doc.periodStart)} – {formatDocumentDate(doc.periodEnd)}
      </Text>
      <Text style={styles.paragraph}>
        {statement.locationName
          ? `Nachrichten, die im Leistungszeitraum für den Standort ${statement.locationName}${statement.locationCode ? ` (Kennung ${statement.locationCode})` : ""} angenommen wurden.`
          : "Nachrichten, die im Leistungszeitraum ohne Angabe eines Standorts angenommen wurden."}
      </Text>
      <View style={styles.table}>
        <View style={styles.tableHead}>
          <Cell width={COLUMNS.messages}>Nachrichten</Cell>
          <Cell width={COLUMNS.parts}>SMS-Teile</Cell>
          <Cell width={COLUMNS.unitPrice}>Preis je Teil</Cell>
          <Cell width={COLUMNS.amount}>Betrag netto</Cell>
        </View>
        <View style={styles.tableRow}>
          <Cell width={COLUMNS.messages}>{formatCount(statement.messages)}</Cell>
          <Cell width={COLUMNS.parts}>{formatCount(statement.parts)}</Cell>
          <Cell width={COLUMNS.unitPrice}>{partsLine ? formatCents(partsLine.unitPriceCents) : "–"}</Cell>
          <Cell width={COLUMNS.amount} bold>
            {formatCents(statement.amountCents)}
          </Cell>
        </View>
      </View>
      <Text style={[styles.heading, { marginTop: mm(8) }]}>Alle Standorte zusammen</Text>
      <View style={styles.table}>
        <View style={styles.tableHead}>
          <Text style={{ width: "40%" }}>Standort</Text>
          <Cell width="15%">Nachrichten</Cell>
          <Cell width="20%">SMS-Teile</Cell>
          <Cell width="25%">Betrag netto</Cell>
        </View>
        {doc.statements.map((s, index) => (
          <View key={index} style={[styles.tableRow, s === statement ? styles.bold : {}]}>
            <Text style={{ width: "40%" }}>{s.locationName ?? "ohne Standort"}</Text>
            <Cell width="15%">{formatCount(s.messages)}</Cell>
            <Cell width="20%">{formatCount(s.parts)}</Cell>
            <Cell width="25%">{formatCents(s.amountCents)}</Cell>
          </View>
        ))}
        <View style={[styles.totalRow, styles.bold]}>
          <Text style={{ width: "40%" }}>Summe</Text>
          <Cell width="15%">{formatCount(all.messages)}</Cell>
          <Cell width="20%">{formatCount(all.parts)}</Cell>
          <Cell width="25%">{formatCents(all.amountCents)}</Cell>
        </View>
      </View>
      <Text style={[styles.muted, { marginTop: mm(4), fontSize: 8.5 }]}>
        Berechnet ist jede angenommene Nachricht mit ihren SMS-Teilen, auch wenn sie nicht zugestellt werden konnte. Die Summe
        entspricht Position {partsLine?.position ?? "–"} der Rechnung; Beträge netto.
      </Text>
      <Footer seller={doc.seller} documentTitle={documentTitle(doc)} />
    </Page>
  );
}
