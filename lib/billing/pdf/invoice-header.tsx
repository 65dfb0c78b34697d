import { Text, View } from "@react-pdf/renderer";
import type { InvoiceDocument } from "../invoice-document";
import { formatDocumentDate } from "./invoice-texts";
import { mm, styles } from "./styles";

const COUNTRY_LINE = { DE: null, AT: "ÖSTERREICH" } as const;

export function Letterhead({ doc }: { doc: InvoiceDocument }) {
  return (
    <View style={styles.letterhead}>
      <Text style={styles.brand}>{doc.seller.name}</Text>
      <Text style={styles.brandLine}>SMS-Erinnerungen für Praxen</Text>
    </View>
  );
}

/** Fold marks at 105 and 210 mm and the punch mark at 148.5 mm (DIN 5008 form B). */
export function FoldMarks() {
  return (
    <>
      <View style={[styles.foldMark, { top: mm(105) }]} />
      <View style={[styles.foldMark, { top: mm(148.5), width: mm(7) }]} />
      <View style={[styles.foldMark, { top: mm(210) }]} />
    </>
  );
}

export function AddressField({ doc }: { doc: InvoiceDocument }) {
  const { seller, buyer } = doc;
  const country = COUNTRY_LINE[buyer.countryCode];
  return (
    <View style={styles.addressField}>
      <Text style={styles.senderLine}>
        {seller.name} · {seller.street} · {seller.postalCode} {seller.city}
      </Text>
      <View style={styles.recipient}>
        <Text>{buyer.name}</Text>
        <Text>{buyer.street}</Text>
        <Text>
          {buyer.postalCode} {buyer.city}
        </Text>
        {country ? <Text>{country}</Text> : null}
      </View>
    </View>
  );
}

function InfoRow({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <View style={styles.infoRow}>
      <Text style={styles.infoLabel}>{label}</Text>
      <Text style={styles.infoValue}>{value}</Text>
    </View>
  );
}

export function InfoBlock({ doc }: { doc: InvoiceDocument }) {
  const { seller, buyer } = doc;
  return (
    <View style={styles.infoBlock}>
      <InfoRow label="Rechnungsnummer" value={doc.number} />
      <InfoRow label="Rechnungsdatum" value={formatDocumentDate(doc.issueDate)} />
      {doc.cancels ? (
        <InfoRow label="Ursprungsrechnung" value={`${doc.cancels.number} vom ${formatDocumentDate(doc.cancels.issueDate)}`} />
      ) : null}
      <InfoRow label="Kundennummer" value={buyer.customerNumber} />
      <InfoRow label="Leistungszeitraum" value={`${formatDocumentDate(doc.periodStart)} – ${formatDocumentDate(doc.periodEnd)}`} />
      {buyer.vatId ? <InfoRow label="Ihre USt-IdNr." value={buyer.vatId} /> : null}
      <View style={{ height: mm(3) }} />
      <InfoRow label="Unsere USt-IdNr." value={seller.vatId} />
      <InfoRow label="Steuernummer" value={seller.taxNumber} />
      <InfoRow label="E-Mail" value={seller.email} />
      <InfoRow label="Telefon" value={seller.phone} />
    </View>
  );
}
