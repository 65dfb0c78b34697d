import { Text } from "@react-email/text";
import { render } from "@react-email/render";
import type { InvoiceDocument } from "../billing/invoice-document";
import { formatCents } from "../billing/price-list";
import { AccountEmail } from "./email-layout";

const FOOTER = "Diese E-Mail hat Praxisbote automatisch an die Rechnungsadresse Ihrer Praxis verschickt. Alle Rechnungen finden Sie auch im Portal unter „Rechnungen“.";

/** "01.11.2026" from "2026-11-01" (a calendar date, no time zone involved). */
const germanDate = (day: string) => day.split("-").reverse().join(".");

function paymentSentence(document: InvoiceDocument): string {
  if (document.kind === "cancellation") {
    return "Einen bereits gezahlten Betrag erstatten wir Ihnen; eine noch nicht eingezogene Lastschrift ziehen wir nicht ein.";
  }
  const { payment } = document;
  if (payment.method === "sepa_direct_debit") {
    return `Wir ziehen den Betrag von ${formatCents(document.grossCents)} am ${germanDate(payment.debitDate)} per SEPA-Lastschrift von Ihrem Konto mit der Endung ${payment.debtorIban.slice(-4)} ein (Mandatsreferenz ${payment.mandateReference}).`;
  }
  return `Bitte überweisen Sie ${formatCents(document.grossCents)} bis zum ${germanDate(payment.dueDate)} auf unser Konto ${document.seller.iban} und geben Sie die Rechnungsnummer ${document.number} als Verwendungszweck an.`;
}

function InvoiceEmail({ document }: { document: InvoiceDocument }) {
  const cancellation = document.kind === "cancellation";
  const title = cancellation ? `Stornorechnung ${document.number}` : `Ihre Rechnung ${document.number}`;
  return (
    <AccountEmail preview={title} title={title} footer={FOOTER}>
      <Text>Guten Tag,</Text>
      <Text>
        {cancellation
          ? `anbei erhalten Sie die Stornorechnung ${document.number} zu unserer Rechnung ${document.cancels?.number} vom ${germanDate(document.cancels?.issueDate ?? document.issueDate)}. Grund: ${document.cancels?.reason}`
          : `anbei erhalten Sie unsere Rechnung ${document.number} für den Zeitraum ${germanDate(document.periodStart)} bis ${germanDate(document.periodEnd)} über ${formatCents(document.grossCents)}.`}
      </Text>
      <Text>{paymentSentence(document)}</Text>
      <Text>
        Die Rechnung liegt als PDF bei; die Datei enthält zugleich die elektronische Rechnung (ZUGFeRD/Factur-X). Die XML-Datei liegt für Ihre
        Buchhaltung zusätzlich bei.
      </Text>
      <Text>
        Mit freundlichen Grüßen
        <br />
        {document.seller.name}
      </Text>
    </AccountEmail>
  );
}

/** Subject, HTML and text of the e-mail that carries an invoice or a cancellation. */
export async function renderInvoiceEmail(document: InvoiceDocument) {
  const element = <InvoiceEmail document={document} />;
  const subject =
    document.kind === "cancellation"
      ? `Stornorechnung ${document.number} zu Rechnung ${document.cancels?.number}`
      : `Ihre Rechnung ${document.number} von ${document.seller.name}`;
  return { subject, html: await render(element), text: await render(element, { plainText: true }) };
}
