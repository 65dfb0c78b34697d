import { Text, View } from "@react-pdf/renderer";
import type { InvoiceDocument, InvoiceLine } from "../invoice-document";
import { formatCents } from "../price-list";
import { formatCount } from "./invoice-texts";
import { styles } from "./styles";

const COLUMNS = { position: "7%", description: "45%", quantity: "16%", unitPrice: "15%", total: "17%" } as const;
const UNIT = { MON: "Monat", H87: "Stück" } as const;

function LineRow({ line }: { line: InvoiceLine }) {
  return (
    <View style={styles.tableRow} wrap={false}>
      <Text style={{ width: COLUMNS.position }}>{line.position}</Text>
      <Text style={{ width: COLUMNS.description, paddingRight: 6 }}>{line.description}</Text>
      <Text style={[{ width: COLUMNS.quantity }, styles.right]}>
        {formatCount(line.quantity)} {UNIT[line.unitCode]}
      </Text>
      <Text style={[{ width: COLUMNS.unitPrice }, styles.right]}>{formatCents(line.unitPriceCents)}</Text>
      <Text style={[{ width: COLUMNS.total }, styles.right]}>{formatCents(line.totalCents)}</Text>
    </View>
  );
}

export function LinesTable({ doc }: { doc: InvoiceDocument }) {
  return (
    <View style={styles.table}>
      <View style={styles.tableHead} fixed>
        <Text style={{ width: COLUMNS.position }}>Pos.</Text>
        <Text style={{ width: COLUMNS.description }}>Beschreibung</Text>
        <Text style={[{ width: COLUMNS.quantity }, styles.right]}>Menge</Text>
        <Text style={[{ width: COLUMNS.unitPrice }, styles.right]}>Einzelpreis</Text>
        <Text style={[{ width: COLUMNS.total }, styles.right]}>Betrag</Text>
      </View>
      {doc.lines.map((line) => (
        <LineRow key={line.position} line={line} />
      ))}
    </View>
  );
}

function TotalRow({ label, value, grand = false }: { label: string; value: string; grand?: boolean }) {
  return (
    <View style={grand ? styles.grandTotalRow : styles.totalRow}>
      <Text style={{ flex: 1 }}>{label}</Text>
      <Text style={styles.right}>{value}</Text>
    </View>
  );
}

export function Totals({ doc }: { doc: InvoiceDocument }) {
  const vatLabel =
    doc.tax.kind === "reverse_charge" ? "USt 0 % (Reverse Charge)" : `USt ${doc.tax.ratePercent} % auf ${formatCents(doc.netCents)}`;
  return (
    <View style={{ marginLeft: "48%", marginTop: 4 }} wrap={false}>
      <TotalRow label="Summe netto" value={formatCents(doc.netCents)} />
      <TotalRow label={vatLabel} value={formatCents(doc.tax.amountCents)} />
      <TotalRow label={doc.kind === "cancellation" ? "Stornobetrag" : "Rechnungsbetrag"} value={formatCents(doc.grossCents)} grand />
    </View>
  );
}
