import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { STATUS_LABELS } from "@/lib/messages/status";
import { ACTIVITY_DAYS, hasActivity, loadActivity } from "@/lib/statistics/activity";
import { formatDay, formatMonth, formatShortDay, formatShortMonth } from "@/lib/statistics/calendar";
import { formatDeliveryRate } from "@/lib/statistics/delivery-rate";
import { LocationTable, DayTable, MonthTable } from "./_components/activity-tables";
import { BarChart } from "./_components/bar-chart";

export const metadata: Metadata = { title: "Statistiken" };

const number = new Intl.NumberFormat("de-DE");

export default async function ActivityPage() {
  const user = await requireUser();
  const activity = await loadActivity(await getDb(), user.practice.id, new Date());

  if (!hasActivity(activity)) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Statistiken</h1>
        <p className="max-w-2xl text-slate-700">
          Ihre Praxis hat noch keine SMS verschickt. Sobald Ihre Praxissoftware die erste Erinnerung sendet, sehen Sie hier SMS und SMS-Teile
          je Tag, Monat und Standort und wie viele davon zugestellt wurden. Wie Sie anfangen, steht in der{" "}
          <Link href="/uebersicht" className="text-brand-700 underline">
            Übersicht
          </Link>
          .
        </p>
      </div>
    );
  }

  const { totals } = activity;
  // Sixty bars leave room for a label on every seventh.
  const dayBars = activity.days.map((d, i) => ({
    key: d.day,
    value: d.parts,
    label: (activity.days.length - 1 - i) % 7 === 0 ? formatShortDay(d.day) : "",
    title: `${formatDay(d.day)}: ${number.format(d.parts)} SMS-Teile`,
  }));
  const monthBars = activity.months.map((m) => ({
    key: m.month,
    value: m.parts,
    label: formatShortMonth(m.month),
    title: `${formatMonth(m.month)}: ${number.format(m.parts)} SMS-Teile`,
  }));

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Statistiken</h1>
        <p className="max-w-3xl text-slate-700">
          Angenommene SMS und ihre Teile (gelöschte nicht mitgezählt), nach Berliner Zeit. Die Zahlen werden jede Minute aktualisiert.
        </p>
      </div>

      <section aria-labelledby="letzte-tage" className="space-y-4">
        <h2 id="letzte-tage" className="text-lg font-semibold">
          Letzte {ACTIVITY_DAYS} Tage
        </h2>
        <dl className="grid gap-3 sm:grid-cols-4">
          <Figure label="SMS">{number.format(totals.messages)}</Figure>
          <Figure label="SMS-Teile">{number.format(totals.parts)}</Figure>
          <Figure label="Zustellquote">{formatDeliveryRate(totals.deliveryRate)}</Figure>
          <Figure label={STATUS_LABELS.undelivered}>{number.format(totals.undelivered)}</Figure>
        </dl>
        <p className="max-w-3xl text-sm text-slate-600">
          Zustellquote: {STATUS_LABELS.delivered}e unter allen SMS mit abschließendem Status ({number.format(totals.delivered)}{" "}
          {STATUS_LABELS.delivered}, {number.format(totals.undelivered)} {STATUS_LABELS.undelivered}); {number.format(totals.open)} SMS
          warten noch auf ihren Versand oder eine Rückmeldung. Den Zustellstatus zeigen wir für die letzten {ACTIVITY_DAYS} Tage, solange
          wir die SMS selbst aufbewahren.
        </p>
        <figure className="space-y-2 rounded-md border border-slate-200 bg-white p-4">
          <figcaption className="font-medium">SMS-Teile je Tag</figcaption>
          <BarChart bars={dayBars} description={`Balkendiagramm: SMS-Teile je Tag der letzten ${ACTIVITY_DAYS} Tage; die Zahlen stehen in der Tabelle darunter.`} />
        </figure>
        <details className="space-y-2">
          <summary className="cursor-pointer text-brand-700 underline">Tabelle je Tag anzeigen</summary>
          <DayTable days={activity.days} />
        </details>
        <CsvLink view="tage">je Tag</CsvLink>
      </section>

      <section aria-labelledby="je-monat" className="space-y-4">
        <h2 id="je-monat" className="text-lg font-semibold">
          Je Monat seit der Anmeldung
        </h2>
        <figure className="space-y-2 rounded-md border border-slate-200 bg-white p-4">
          <figcaption className="font-medium">SMS-Teile je Monat</figcaption>
          <BarChart bars={monthBars} description="Balkendiagramm: SMS-Teile je Monat seit der Anmeldung; die Zahlen stehen in der Tabelle darunter." />
        </figure>
        <MonthTable months={activity.months} />
        <CsvLink view="monate">je Monat</CsvLink>
      </section>

      <section aria-labelledby="je-standort" className="space-y-4">
        <h2 id="je-standort" className="text-lg font-semibold">
          Je Standort seit der Anmeldung
        </h2>
        <LocationTable locations={activity.locations} />
        <CsvLink view="standorte">je Standort</CsvLink>
      </section>
    </div>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white p-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{children}</dd>
    </div>
  );
}

function CsvLink({ view, children }: { view: string; children: ReactNode }) {
  return (
    <p>
      {/* A plain anchor: the route answers a file, which client-side navigation cannot show. */}
      <a href={`/stat/activity/csv?ansicht=${view}`} download className="text-brand-700 underline">
        CSV herunterladen ({children})
      </a>
    </p>
  );
}
