import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { readCompany } from "@/lib/content/company";
import { readProcessors } from "@/lib/content/processors";
import { RETENTION_DAYS } from "@/lib/delivery/sweep";
import { CompanyNotice, CompanyValue } from "../_components/company-notice";

export const metadata: Metadata = { title: "Datenschutz", robots: { index: false } };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10 space-y-3 text-slate-700">
      <h2 id={id} className="text-xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function DatenschutzPage() {
  // Rendered per request, like the Impressum: company data and providers are runtime configuration.
  await connection();
  const company = readCompany();
  const processors = readProcessors();
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-2xl font-bold hyphens-auto sm:text-3xl">Datenschutzerklärung</h1>
      <CompanyNotice company={company} />
      <p className="mt-6 text-slate-700">
        Hier steht, welche personenbezogenen Daten wir verarbeiten, wenn Sie diese Website besuchen, wenn Ihre Praxis unseren Dienst
        nutzt und wenn wir SMS an Patientinnen und Patienten Ihrer Praxis verschicken.
      </p>

      <Section id="verantwortlicher" title="1. Verantwortlicher">
        <p>
          <CompanyValue company={company} field="name" />
          <br />
          <CompanyValue company={company} field="street" />, <CompanyValue company={company} field="postalCode" />{" "}
          <CompanyValue company={company} field="city" />
          <br />
          vertreten durch <CompanyValue company={company} field="representative" />
          <br />
          E-Mail: <CompanyValue company={company} field="email" link="mailto" />, Telefon:{" "}
          <CompanyValue company={company} field="phone" link="tel" />
        </p>
      </Section>

      <Section id="website" title="2. Besuch dieser Website">
        <p>
          Beim Aufruf einer Seite verarbeitet unser Server die technisch nötigen Angaben Ihres Browsers: IP-Adresse, Zeitpunkt,
          aufgerufene Adresse, übertragene Datenmenge, Browser und Betriebssystem sowie die zuvor besuchte Seite. Wir brauchen
          sie, um die Seite auszuliefern und Angriffe zu erkennen (Art. 6 Abs. 1 lit. f DSGVO), und bewahren sie in
          Server-Logdateien nicht länger auf, als es dafür nötig ist.
        </p>
        <p>
          Die öffentlichen Seiten setzen keine Cookies, verwenden keine Analyse- oder Werbedienste und laden weder Schriften noch
          Skripte von fremden Servern.
        </p>
        <p>
          Die <Link href="/analyse" className="text-brand-700 underline">SMS-Analyse</Link> und die{" "}
          <Link href="/vorlagen" className="text-brand-700 underline">Vorlagen</Link> rechnen vollständig in Ihrem Browser: Was Sie
          dort eingeben, wird nicht an uns übertragen.
        </p>
        <p>
          Schreiben Sie uns eine E-Mail, verwenden wir Ihre Angaben, um Ihre Anfrage zu bearbeiten (Art. 6 Abs. 1 lit. b DSGVO).
          Registrieren Sie Ihre Praxis, speichern wir Ihre Angaben aus dem Formular für den Vertrag und, als Nachweis, welche Fassung
          der AGB und des Auftragsverarbeitungsvertrags Sie wann und von welcher IP-Adresse aus akzeptiert haben (Art. 6 Abs. 1 lit. b
          und c DSGVO). Damit niemand Ihre Adresse missbraucht, zählen wir Registrierungen je IP-Adresse für eine Stunde.
        </p>
      </Section>

      <Section id="praxen" title="3. Praxen als Kunden">
        <p>
          Für den Vertrag mit Ihrer Praxis verarbeiten wir Name und Anschrift der Praxis, Kontaktangaben, die E-Mail-Adressen der
          Benutzer, die Bankverbindung sowie Nutzungs- und Abrechnungsdaten (Art. 6 Abs. 1 lit. b DSGVO). Rechnungen und die ihnen
          zugrunde liegenden Angaben bewahren wir so lange auf, wie Handels- und Steuerrecht es verlangen (Art. 6 Abs. 1 lit. c
          DSGVO).
        </p>
      </Section>

      <Section id="patientendaten" title="4. Patientendaten: Verarbeitung im Auftrag">
        <p>
          Die SMS, die Ihre Praxissoftware über uns verschickt, enthalten Daten Ihrer Patientinnen und Patienten: Mobilnummer und
          Nachrichtentext, bei Antworten auch deren Text. Diese Daten verarbeiten wir ausschließlich im Auftrag und nach Weisung
          Ihrer Praxis auf Grundlage eines Vertrags zur Auftragsverarbeitung nach Art. 28 DSGVO. Verantwortlich bleibt Ihre Praxis;
          wir nutzen die Daten für keinen eigenen Zweck.
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Empfängernummer und Text jeder SMS löschen wir {RETENTION_DAYS} Tage nach dem Versand. Statistik und Rechnungen
            enthalten nur Anzahl, Zeitpunkt und Preis der SMS.
          </li>
          <li>Unsere Protokolle enthalten weder Nachrichtentexte noch vollständige Rufnummern.</li>
          <li>
            Auf Patientendaten greifen außer Ihrer Praxis nur die unten genannten Dienstleister zu, und nur soweit es für Versand,
            Zustellmeldung und Weiterleitung von Antworten nötig ist.
          </li>
        </ul>
      </Section>

      <Section id="dienstleister" title="5. Dienstleister">
        <p>
          Wir setzen Dienstleister ein, die personenbezogene Daten in unserem Auftrag verarbeiten und mit denen wir Verträge nach
          Art. 28 DSGVO geschlossen haben:
        </p>
        <dl className="divide-y divide-slate-200 rounded-md border border-slate-200">
          <div className="p-3">
            <dt className="font-semibold text-slate-900">Hosting</dt>
            <dd className="mt-1">
              <CompanyValue company={company} field="hostingProvider" />
              <p className="mt-1">
                Auf den Servern laufen diese Website, das Kundenportal, die Schnittstelle für Ihre Praxissoftware und die Datenbank.
              </p>
            </dd>
          </div>
          {processors.map((processor) => (
            <div key={processor.purpose} className="p-3">
              <dt className="font-semibold text-slate-900">{processor.purpose}</dt>
              <dd className="mt-1">
                {processor.provider ?? <span className="text-slate-600">{processor.withoutProvider}</span>}
                <p className="mt-1">{processor.detail}</p>
              </dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="rechte" title="6. Ihre Rechte">
        <p>
          Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der
          Verarbeitung (Art. 18) und Datenübertragbarkeit (Art. 20). Verarbeiten wir Daten auf Grundlage berechtigter Interessen,
          können Sie jederzeit widersprechen (Art. 21). Eine Einwilligung können Sie jederzeit mit Wirkung für die Zukunft
          widerrufen.
        </p>
        <p>
          Patientinnen und Patienten wenden sich mit Fragen zu ihren Daten am besten an ihre Praxis, denn sie ist dafür
          verantwortlich. Erreicht uns eine solche Anfrage, leiten wir sie an die Praxis weiter und unterstützen sie bei der Antwort.
        </p>
      </Section>

      <Section id="aufsicht" title="7. Beschwerde bei einer Aufsichtsbehörde">
        <p>
          Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO), insbesondere in dem Land, in dem Sie
          wohnen oder arbeiten. Für uns zuständig ist die Aufsichtsbehörde des Bundeslandes unseres Sitzes (
          <CompanyValue company={company} field="city" />
          ); eine Liste aller deutschen Aufsichtsbehörden führt die{" "}
          <a className="text-brand-700 underline" href="https://www.bfdi.bund.de/DE/Service/Anschriften/Laender/Laender-node.html">
            Bundesbeauftragte für den Datenschutz
          </a>
          . In Österreich ist die{" "}
          <a className="text-brand-700 underline" href="https://www.dsb.gv.at/">
            Datenschutzbehörde
          </a>{" "}
          zuständig.
        </p>
      </Section>

      <Section id="kontakt" title="8. Kontakt">
        <p>
          Für alle Fragen zum Datenschutz und zur Ausübung Ihrer Rechte: <CompanyValue company={company} field="privacyEmail" link="mailto" />.
        </p>
      </Section>
    </div>
  );
}
