import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { InvoiceDocument } from "../invoice-document";
import { AddressField, FoldMarks, InfoBlock, Letterhead } from "./invoice-header";
import { Footer } from "./invoice-footer";
import { LinesTable, Totals } from "./invoice-lines";
import { Notes, PaymentTerms, ReverseChargeNote } from "./invoice-payment";
import { documentTitle, formatDocumentDate } from "./invoice-texts";
import { LocationStatementPage } from "./location-statement";
import { styles } from "./styles";

function Introduction({ doc }: { doc: InvoiceDocument }) {
  const period = `${formatDocumentDate(doc.periodStart)} bis ${formatDocumentDate(doc.periodEnd)}`;
  if (doc.kind === "cancellation" && doc.cancels) {
    return (
      <>
        <Text style={styles.title}>Stornorechnung {doc.number}</Text>
        <Text style={styles.subtitle}>
          zu Rechnung {doc.cancels.number} vom {formatDocumentDate(doc.cancels.issueDate)}
        </Text>
        <Text style={styles.paragraph}>Sehr geehrte Damen und Herren,</Text>
        <Text style={styles.paragraph}>
          hiermit stornieren wir die Rechnung {doc.cancels.number} vom {formatDocumentDate(doc.cancels.issueDate)} über den
          Leistungszeitraum {period} vollständig. Grund: {doc.cancels.reason}
        </Text>
      </>
    );
  }
  return (
    <>
      <Text style={styles.title}>Rechnung {doc.number}</Text>
      <Text style={styles.subtitle}>Leistungszeitraum {period}</Text>
      <Text style={styles.paragraph}>Sehr geehrte Damen und Herren,</Text>
      <Text style={styles.paragraph}>für unseren SMS-Erinnerungsdienst berechnen wir Ihnen:</Text>
    </>
  );
}

/** The visual invoice: a DIN 5008 letter with the lines and totals, then one page per location. */
export function InvoicePdf({ doc }: { doc: InvoiceDocument }) {
  const title = documentTitle(doc);
  return (
    <Document title={title} author={doc.seller.name} subject={`${title}, ${doc.buyer.name}`} language="de-DE" creator={doc.seller.name} producer={doc.seller.name}>
      <Page size="A4" style={styles.page}>
        <Letterhead doc={doc} />
        <FoldMarks />
        <AddressField doc={doc} />
        <InfoBlock doc={doc} />
        <View style={styles.body}>
          <Introduction doc={doc} />
          <LinesTable doc={doc} />
          <Totals doc={doc} />
          <ReverseChargeNote doc={doc} />
          <PaymentTerms doc={doc} />
          <Notes doc={doc} />
          {doc.statements.length > 0 ? (
            <Text style={[styles.paragraph, { marginTop: 12 }]}>Die Aufteilung der SMS-Teile auf Ihre Standorte finden Sie in den Aufstellungen im Anschluss.</Text>
          ) : null}
          <Text style={{ marginTop: 12 }}>Vielen Dank für Ihr Vertrauen.</Text>
        </View>
        <Footer seller={doc.seller} documentTitle={title} />
      </Page>
      {doc.statements.map((statement, index) => (
        <LocationStatementPage key={index} doc={doc} statement={statement} />
      ))}
    </Document>
  );
}
