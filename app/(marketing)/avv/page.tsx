import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AGREEMENTS, versionLabel } from "@/lib/content/agreements";
import { readCompany } from "@/lib/content/company";
import { readProcessors } from "@/lib/content/processors";
import { RETENTION_DAYS } from "@/lib/delivery/sweep";
import { AgreementPage, AgreementSection as Section } from "../_components/agreement-page";

const avv = AGREEMENTS.data_processing;

export const metadata: Metadata = {
  title: "Auftragsverarbeitungsvertrag",
  description: "Der Vertrag über die Auftragsverarbeitung nach Art. 28 DSGVO mit der Verpflichtung zur Verschwiegenheit nach § 203 StGB.",
};

export default async function AvvPage() {
  // Per request, like /datenschutz: the sub-processors follow this installation's configuration.
  await connection();
  const processors = readProcessors();
  const hosting = readCompany().details.hostingProvider;
  return (
    <AgreementPage
      title={avv.title}
      version={`${versionLabel(avv.version)} (${avv.version})`}
      intro={
        <>
          <p>
            Zwischen Ihrer Praxis als Verantwortlicher („Praxis“) und dem im{" "}
            <Link href="/impressum" className="text-brand-700 underline">Impressum</Link> genannten Anbieter von Praxisbote als
            Auftragsverarbeiter („wir“) nach Art. 28 der Datenschutz-Grundverordnung (DSGVO). Sie schließen ihn bei der Registrierung ab;
            wir speichern dabei diese Fassung, den Zeitpunkt und die IP-Adresse.
          </p>
        </>
      }
    >
      <Section id="gegenstand" title="1. Gegenstand und Dauer">
        <p>
          Wir verschicken SMS, die die Praxis über unsere Schnittstelle oder das Portal an uns übergibt, zeigen ihr die Zustellmeldungen
          und leiten Antworten auf SMS an sie weiter. Der Vertrag gilt, solange der Hauptvertrag (unsere{" "}
          <Link href={AGREEMENTS.terms.path} className="text-brand-700 underline">AGB</Link>) besteht.
        </p>
      </Section>
      <Section id="daten" title="2. Art der Daten und betroffene Personen">
        <p>
          Verarbeitet werden Mobilnummern, Absender und Texte der SMS, Versandzeitpunkte, Zustellmeldungen, Antworten und die
          Kennungen, die die Praxissoftware mitschickt. Betroffen sind Patientinnen und Patienten der Praxis und andere Empfänger ihrer
          SMS. Schon dass jemand eine Terminerinnerung einer Zahnarztpraxis erhält, kann ein Gesundheitsdatum im Sinne von Art. 9 DSGVO
          sein; wir behandeln deshalb alle diese Daten entsprechend.
        </p>
      </Section>
      <Section id="weisungen" title="3. Weisungen">
        <p>
          Wir verarbeiten die Daten nur auf dokumentierte Weisung der Praxis. Weisungen sind die Anfragen an unsere Schnittstelle, die
          Einstellungen im Portal und Mitteilungen in Textform. Hielten wir eine Weisung für rechtswidrig, sagen wir es der Praxis
          unverzüglich.
        </p>
      </Section>
      <Section id="verschwiegenheit" title="4. Vertraulichkeit und Verschwiegenheit nach § 203 StGB">
        <p>
          Wir wirken an der beruflichen Tätigkeit der Praxis mit (§ 203 Abs. 3 Satz 2 StGB). Uns ist bekannt, dass wir uns strafbar
          machen, wenn wir fremde Geheimnisse, die uns dabei bekannt werden, unbefugt offenbaren (§ 203 Abs. 4 StGB). Wir verpflichten
          uns zur Verschwiegenheit und nehmen von solchen Geheimnissen nur Kenntnis, soweit es für den Versand nötig ist.
        </p>
        <p>
          Alle Personen, die bei uns Zugang zu den Daten haben, verpflichten wir vorher schriftlich zur Verschwiegenheit und belehren sie
          über die Strafbarkeit; ebenso verpflichten wir Unterauftragsverarbeiter. Für Praxen in Österreich gilt dies entsprechend für die
          berufsrechtliche Verschwiegenheitspflicht der Zahnärztinnen und Zahnärzte.
        </p>
      </Section>
      <Section id="sicherheit" title="5. Technische und organisatorische Maßnahmen (Art. 32 DSGVO)">
        <ul className="list-disc space-y-1 pl-6">
          <li>Übertragung nur verschlüsselt (TLS); Passwörter, API-Keys und Links speichern wir nur als Hash.</li>
          <li>Zugriff nur für Personen, die ihn für Betrieb und Support brauchen; Anmeldungen und Änderungen protokollieren wir.</li>
          <li>Unsere Protokolle enthalten weder SMS-Texte noch vollständige Telefonnummern.</li>
          <li>Texte und Empfängernummern löschen wir {RETENTION_DAYS} Tage nach dem Versand automatisch.</li>
        </ul>
      </Section>
      <Section id="unterauftrag" title="6. Unterauftragsverarbeiter">
        <p>Die Praxis ist mit diesen Unterauftragsverarbeitern einverstanden:</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>Hosting: {hosting || "noch nicht konfiguriert"}</li>
          {processors.map((processor) => (
            <li key={processor.purpose}>
              {processor.purpose}: {processor.provider ?? processor.withoutProvider}
            </li>
          ))}
        </ul>
        <p>
          Einen neuen oder anderen Unterauftragsverarbeiter kündigen wir mindestens vier Wochen vorher per E-Mail an; die Praxis kann
          widersprechen und den Vertrag dann zum Zeitpunkt der Änderung kündigen. Übermittlungen in Drittländer erfolgen nur mit
          geeigneten Garantien nach Art. 44 ff. DSGVO.
        </p>
      </Section>
      <Section id="unterstuetzung" title="7. Unterstützung und Meldungen">
        <p>
          Wir unterstützen die Praxis bei Anfragen betroffener Personen und bei ihren Pflichten nach Art. 32 bis 36 DSGVO. Eine
          Verletzung des Schutzes der Daten melden wir der Praxis unverzüglich, spätestens binnen 24 Stunden, nachdem wir sie bemerkt
          haben.
        </p>
      </Section>
      <Section id="loeschung" title="8. Löschung und Nachweise">
        <p>
          Nach Ende des Vertrags löschen wir die noch vorhandenen Daten der Praxis, soweit keine gesetzliche Pflicht zur Aufbewahrung
          besteht (etwa für Rechnungen). Wir weisen der Praxis die Einhaltung dieses Vertrags auf Anfrage nach und ermöglichen
          Überprüfungen nach vorheriger Absprache.
        </p>
      </Section>
    </AgreementPage>
  );
}
