import type { Metadata } from "next";
import Link from "next/link";
import { formatCents, PRICE_LIST } from "@/lib/billing/price-list";
import { AGREEMENTS, versionLabel } from "@/lib/content/agreements";
import { RETENTION_DAYS } from "@/lib/delivery/sweep";
import { AgreementPage, AgreementSection as Section } from "../_components/agreement-page";

const terms = AGREEMENTS.terms;

export const metadata: Metadata = {
  title: "AGB",
  description: "Die Allgemeinen Geschäftsbedingungen von Praxisbote für den SMS-Versand von Zahnarztpraxen.",
};

export default function AgbPage() {
  return (
    <AgreementPage
      title={terms.title}
      version={`${versionLabel(terms.version)} (${terms.version})`}
      intro={
        <p>
          Diese Bedingungen gelten für den Vertrag zwischen dem im <Link href="/impressum" className="text-brand-700 underline">Impressum</Link>{" "}
          genannten Anbieter von Praxisbote („wir“) und Ihrer Praxis („Sie“) über den Versand von SMS. Praxisbote richtet sich nur an
          Zahnarztpraxen und andere Unternehmen in Deutschland und Österreich, nicht an Verbraucher.
        </p>
      }
    >
      <Section id="leistung" title="1. Unsere Leistung">
        <p>
          Wir nehmen SMS Ihrer Praxis über unsere Schnittstelle (API) oder das Kundenportal an, übergeben sie an Mobilfunk-Dienstleister
          zur Zustellung und zeigen Ihnen zu jeder SMS die Zustellmeldungen, die wir erhalten. Ob und wann eine SMS ankommt, hängt auch
          von den Mobilfunknetzen und dem Telefon des Empfängers ab; eine Zustellung können wir deshalb nicht zusagen.
        </p>
        <p>
          Texte und Empfängernummern der SMS löschen wir {RETENTION_DAYS} Tage nach dem Versand. Statistiken und Rechnungen bleiben
          erhalten.
        </p>
      </Section>
      <Section id="vertrag" title="2. Registrierung und Vertragsschluss">
        <p>
          Der Vertrag kommt zustande, wenn Sie Ihre Praxis auf unserer Website registrieren. Ihre Angaben müssen zutreffen. Bis Sie Ihre
          E-Mail-Adresse über den Link in unserer E-Mail bestätigt haben, können Sie den Dienst nur mit unserem Simulator testen; echte
          SMS verschicken wir erst danach.
        </p>
        <p>
          Halten Sie Passwörter und API-Keys geheim. Was mit Ihrem API-Key oder Ihren Zugängen veranlasst wird, gilt als von Ihrer Praxis
          veranlasst, bis Sie uns einen Missbrauch melden oder den Key im Portal widerrufen.
        </p>
      </Section>
      <Section id="preise" title="3. Preise und Gratismonat">
        <p>
          Es gelten die Preise auf unserer <Link href="/#preise" className="text-brand-700 underline">Startseite</Link>, zurzeit{" "}
          {formatCents(PRICE_LIST.baseFeeCents)} Grundgebühr im Monat und {formatCents(PRICE_LIST.perPartCents)} je SMS-Teil, zuzüglich
          Umsatzsteuer; eine Antwortnummer kostet {formatCents(PRICE_LIST.replyNumberCents)} im Monat.
        </p>
        <p>
          Bis zum Ende des ersten vollen Kalendermonats nach Ihrer Registrierung berechnen wir weder Grundgebühr noch SMS.
        </p>
        <p>
          Berechnet wird jeder SMS-Teil, den wir annehmen und zur Zustellung weitergeben, unabhängig davon, ob die SMS später zugestellt
          wird. Anfragen, die wir ablehnen (etwa wegen eines ungültigen Keys, fehlender Angaben oder einer unbestätigten E-Mail-Adresse),
          kosten nichts. Preisänderungen teilen wir mindestens sechs Wochen vorher per E-Mail mit; Sie können dann zum Zeitpunkt der
          Änderung kündigen.
        </p>
      </Section>
      <Section id="rechnung" title="4. Rechnung und Zahlung">
        <p>
          Wir rechnen monatlich ab und stellen die Rechnung als PDF im Portal bereit; Sie erhalten sie zusätzlich per E-Mail. Rechnungen
          sind innerhalb von 14 Tagen ohne Abzug zu zahlen.
        </p>
      </Section>
      <Section id="pflichten" title="5. Ihre Pflichten">
        <ul className="list-disc space-y-1 pl-6">
          <li>Sie schicken SMS nur an Personen, die in den Empfang eingewilligt haben, und nennen in jeder SMS Ihre Praxis.</li>
          <li>SMS enthalten keine Diagnosen oder Angaben zur Behandlung und keine Werbung ohne Einwilligung.</li>
          <li>Sie verwenden als Absender nur Namen und Nummern, die für Ihre Praxis registriert oder bestätigt sind.</li>
        </ul>
      </Section>
      <Section id="datenschutz" title="6. Datenschutz und Verschwiegenheit">
        <p>
          Patientendaten verarbeiten wir nur in Ihrem Auftrag. Dafür gilt der{" "}
          <Link href={AGREEMENTS.data_processing.path} className="text-brand-700 underline">
            Vertrag über die Auftragsverarbeitung
          </Link>
          , den Sie bei der Registrierung abschließen; er enthält auch unsere Verpflichtung zur Verschwiegenheit nach § 203 StGB.
        </p>
      </Section>
      <Section id="laufzeit" title="7. Laufzeit und Kündigung">
        <p>
          Der Vertrag läuft auf unbestimmte Zeit. Beide Seiten können ihn in Textform (etwa per E-Mail) zum Ende jedes Kalendermonats
          kündigen; im Gratismonat entstehen dabei keine Kosten. Das Recht zur Kündigung aus wichtigem Grund bleibt unberührt.
        </p>
      </Section>
      <Section id="haftung" title="8. Haftung">
        <p>
          Wir haften unbeschränkt bei Vorsatz und grober Fahrlässigkeit sowie für Schäden aus der Verletzung von Leben, Körper oder
          Gesundheit. Bei leichter Fahrlässigkeit haften wir nur für die Verletzung wesentlicher Vertragspflichten und begrenzt auf den
          vertragstypischen, vorhersehbaren Schaden. Für Störungen der Mobilfunknetze, auf die wir keinen Einfluss haben, haften wir
          nicht.
        </p>
      </Section>
      <Section id="schluss" title="9. Schlussbestimmungen">
        <p>
          Es gilt deutsches Recht. Ändern wir diese Bedingungen, erhält die neue Fassung eine neue Versionsangabe; wir teilen Ihnen
          Änderungen mindestens sechs Wochen vorher per E-Mail mit.
        </p>
      </Section>
    </AgreementPage>
  );
}
