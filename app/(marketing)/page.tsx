import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { formatCents, PRICE_LIST } from "@/lib/billing/price-list";
import { fillTemplate } from "@/lib/content/fill-template";
import { PLACEHOLDERS, TEMPLATES } from "@/lib/content/templates";
import { formatCountLabel } from "@/lib/sms/summary";

export const metadata: Metadata = {
  title: { absolute: "Praxisbote – SMS-Terminerinnerung für Zahnarztpraxen" },
  description: `SMS-Erinnerungen direkt aus Ihrer Praxissoftware: Zustellstatus für jede SMS, ${formatCents(PRICE_LIST.perPartCents)} je SMS in alle Netze, erster Monat kostenlos.`,
  alternates: { canonical: "/" },
};

const BENEFITS = [
  {
    title: "Weniger Ausfälle",
    text: "Eine kurze SMS am Vortag erinnert an den Termin. Wer verhindert ist, sagt rechtzeitig ab – und Sie können die Zeit neu vergeben.",
  },
  {
    title: "In Minuten eingerichtet",
    text: "API-Key in Ihre Praxissoftware eintragen, „Key-Check“ drücken, Absender wählen, Test-SMS senden. Fertig.",
  },
  {
    title: "Status für jede SMS",
    text: "Versandt, zugestellt oder nicht ausgeliefert: Im Kundenportal sehen Sie zu jeder Nachricht, was daraus wurde – mit Uhrzeit.",
  },
  {
    title: "Eine klare Rechnung",
    text: "Einmal im Monat als PDF, auf Wunsch je Standort. Berechnet wird jede angenommene SMS – ohne Aufschlag für ausländische Netze.",
  },
];

const STEPS = [
  // Says what /registrieren does: the form, the confirmation link, the key shown after it.
  { title: "Registrieren", text: "Tragen Sie Ihre Praxis unter „Registrieren“ ein und bestätigen Sie Ihre E-Mail-Adresse über unseren Link. Danach sehen Sie Ihren API-Key – in wenigen Minuten, ohne auf uns zu warten." },
  { title: "PVS verbinden", text: "Tragen Sie unsere Adresse und Ihren API-Key in den SMS-Einstellungen Ihrer Praxissoftware ein." },
  { title: "Erinnern lassen", text: "Ihre Praxissoftware verschickt die Erinnerungen automatisch – Sie behalten im Portal den Überblick." },
];

const example = TEMPLATES.find((template) => template.category === "terminerinnerung")!;
const exampleText = fillTemplate(example.text, Object.fromEntries(PLACEHOLDERS.map((p) => [p.key, p.example])));

export default function HomePage() {
  return (
    <>
      <section className="bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto grid max-w-6xl items-center gap-10 px-4 py-14 md:grid-cols-[3fr_2fr] md:py-20">
          <div>
            <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-5xl">
              Weniger leere Behandlungsstühle – mit SMS-Terminerinnerungen aus Ihrer Praxissoftware
            </h1>
            <p className="mt-5 max-w-2xl text-lg text-slate-700">
              Praxisbote schickt Ihren Patientinnen und Patienten eine kurze SMS vor dem Termin. Sie richten den Versand
              einmal im PVS ein, sehen zu jeder SMS den Zustellstatus und erhalten eine verständliche Monatsrechnung.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <Button asChild size="lg">
                <Link href="/registrieren">Ersten Monat kostenlos testen</Link>
              </Button>
              <Button asChild variant="outline" size="lg">
                <Link href="/analyse">SMS-Text prüfen</Link>
              </Button>
            </div>
          </div>
          <figure className="mx-auto w-full max-w-sm rounded-3xl border border-slate-200 bg-white p-5 shadow-lg">
            <figcaption className="text-xs font-medium uppercase tracking-wide text-slate-600">So kommt die Erinnerung an</figcaption>
            <p className="mt-3 rounded-2xl rounded-tl-sm bg-slate-100 p-4 text-sm leading-relaxed">{exampleText}</p>
            <p className="mt-2 text-right text-xs text-slate-600">{formatCountLabel(exampleText)}</p>
          </figure>
        </div>
      </section>

      <section aria-labelledby="vorteile" className="mx-auto max-w-6xl px-4 py-14">
        <h2 id="vorteile" className="text-2xl font-bold">Was Praxisbote für Ihre Praxis tut</h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {BENEFITS.map((benefit) => (
            <li key={benefit.title} className="rounded-lg border border-slate-200 p-5">
              <h3 className="font-semibold text-brand-700">{benefit.title}</h3>
              <p className="mt-2 text-sm text-slate-700">{benefit.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="ablauf" className="bg-slate-50">
        <div className="mx-auto max-w-6xl px-4 py-14">
          <h2 id="ablauf" className="text-2xl font-bold">In drei Schritten startklar</h2>
          <ol className="mt-6 grid gap-4 md:grid-cols-3">
            {STEPS.map((step, index) => (
              <li key={step.title} className="rounded-lg bg-white p-5 shadow-sm">
                <span className="inline-flex h-8 w-8 items-center justify-center rounded-full bg-brand-600 font-bold text-white" aria-hidden="true">
                  {index + 1}
                </span>
                <h3 className="mt-3 font-semibold">{step.title}</h3>
                <p className="mt-1 text-sm text-slate-700">{step.text}</p>
              </li>
            ))}
          </ol>
          <p className="mt-6 text-sm">
            Wie das in Ihrer Praxissoftware genau aussieht, steht in den{" "}
            <Link href="/faq#einrichtung-pvs" className="font-medium text-brand-700 underline">
              häufigen Fragen zur Einrichtung
            </Link>
            .
          </p>
        </div>
      </section>

      <section id="preise" aria-labelledby="preise-titel" className="mx-auto max-w-6xl scroll-mt-4 px-4 py-14">
        <h2 id="preise-titel" className="text-2xl font-bold">Preise</h2>
        <p className="mt-2 text-slate-700">Keine Einrichtungsgebühr, keine Mindestlaufzeit. Alle Preise netto zzgl. {PRICE_LIST.vatRatePercent} % USt.</p>
        <div className="mt-6 grid gap-4 md:grid-cols-3">
          <PriceCard amount={formatCents(PRICE_LIST.baseFeeCents)} unit="pro Monat" title="Grundgebühr">
            Kundenportal mit Zustellstatus, Statistik und Rechnungen, beliebig viele Benutzer und Standorte.
          </PriceCard>
          <PriceCard amount={formatCents(PRICE_LIST.perPartCents)} unit="pro SMS" title="Versand" highlight>
            Jeder SMS-Teil kostet gleich viel – in deutsche, österreichische und ausländische Netze ohne Aufschlag.
          </PriceCard>
          <PriceCard amount={formatCents(PRICE_LIST.replyNumberCents)} unit="pro Monat" title="Antwortnummer (optional)">
            Eine eigene Rufnummer als Absender; Antworten Ihrer Patienten leiten wir Ihnen per E-Mail weiter.
          </PriceCard>
        </div>
        <p className="mt-6 rounded-md bg-brand-50 p-4 text-brand-900">
          <strong>Der erste Monat ist kostenlos:</strong> Bis zum Ende des ersten vollen Kalendermonats nach Ihrer Anmeldung
          berechnen wir weder Grundgebühr noch SMS.{" "}
          <Link href="/registrieren" className="font-semibold underline">
            Jetzt anmelden
          </Link>
        </p>
        <p className="mt-3 text-sm text-slate-600">
          Längere Texte werden in mehrere SMS aufgeteilt und je Teil berechnet. Wie viele es werden, zeigt Ihnen die{" "}
          <Link href="/analyse" className="underline">SMS-Analyse</Link>.
        </p>
      </section>

      <section aria-labelledby="datenschutz-titel" className="bg-slate-50">
        <div className="mx-auto max-w-6xl px-4 py-14">
          <h2 id="datenschutz-titel" className="text-2xl font-bold">Patientendaten in guten Händen</h2>
          <ul className="mt-4 grid gap-3 text-slate-700 md:grid-cols-3">
            <li>Wir verarbeiten Nummern und Texte nur in Ihrem Auftrag und geben sie nur an die Dienstleister weiter, die wir für Versand und Weiterleitung brauchen.</li>
            <li>Nach 60 Tagen löschen wir Empfängernummern und Texte; Statistik und Rechnungen bleiben.</li>
            <li>Unsere Vorlagen nennen nie eine Behandlung und immer Ihre Praxis mit Telefonnummer.</li>
          </ul>
        </div>
      </section>
    </>
  );
}

function PriceCard({ title, amount, unit, highlight, children }: { title: string; amount: string; unit: string; highlight?: boolean; children: React.ReactNode }) {
  return (
    <div className={`rounded-lg border p-6 ${highlight ? "border-brand-600 ring-1 ring-brand-600" : "border-slate-200"}`}>
      <h3 className="font-semibold">{title}</h3>
      <p className="mt-3">
        <span className="text-3xl font-bold">{amount}</span> <span className="text-slate-600">{unit}</span>
      </p>
      <p className="mt-3 text-sm text-slate-700">{children}</p>
    </div>
  );
}
