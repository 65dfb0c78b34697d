import Link from "next/link";
import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { computeRunningTotal, describeRunningTotal, formatRunningTotal } from "@/lib/billing/running-total";
import { deliveryRate, formatDeliveryRate } from "@/lib/statistics/delivery-rate";
import { countScheduled, findLatestUndelivered, findMonthToDate, findRecentOutcomes, RECENT_DAYS } from "@/lib/statistics/overview";
import { formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";

const number = new Intl.NumberFormat("de-DE");

/** This month's parts and its invoice so far, the recent delivery rate, the latest failures and what is waiting. */
export async function AtAGlance({ practiceId }: { practiceId: string }) {
  const db = await getDb();
  const now = new Date();
  const [month, runningTotal, outcomes, undelivered, scheduled] = await Promise.all([
    findMonthToDate(db, practiceId, now),
    computeRunningTotal(db, practiceId, now),
    findRecentOutcomes(db, practiceId, now),
    findLatestUndelivered(db, practiceId),
    countScheduled(db, practiceId),
  ]);
  const rate = deliveryRate(outcomes);

  return (
    <>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label="SMS-Teile diesen Monat">{number.format(month.parts)}</Figure>
        <Figure label="Bisher diesen Monat (netto)" hint={describeRunningTotal(runningTotal)}>
          {formatRunningTotal(runningTotal)}
        </Figure>
        <Figure label={`Zustellquote ${RECENT_DAYS} Tage`} hint={rate === null ? "noch keine SMS mit abschließendem Status" : `${number.format(outcomes.delivered)} von ${number.format(outcomes.delivered + outcomes.undelivered)} zugestellt`}>
          {formatDeliveryRate(rate)}
        </Figure>
        <Figure label="Geplante SMS">
          <Link href="/sms/scheduled" className="text-brand-700 underline">
            {number.format(scheduled)}
            <span className="sr-only"> geplante SMS ansehen</span>
          </Link>
        </Figure>
      </dl>

      <section aria-labelledby="nicht-ausgeliefert" className="space-y-2">
        <h2 id="nicht-ausgeliefert" className="font-semibold">
          Zuletzt nicht ausgeliefert
        </h2>
        {undelivered.length === 0 ? (
          <p className="text-slate-700">Keine nicht ausgelieferten SMS.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white">
            {undelivered.map((message) => (
              <li key={message.id} className="flex flex-wrap gap-x-4 gap-y-1 px-3 py-2 text-sm">
                <span className="whitespace-nowrap text-slate-600">
                  {formatBerlinDate(message.at)}, {formatBerlinTime(message.at)} Uhr
                </span>
                <span className="font-mono">{message.recipient ?? "Nummer gelöscht"}</span>
                <span className="text-slate-700">{message.reason ?? "ohne Angabe des Netzbetreibers"}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function Figure({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white p-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{children}</dd>
      {hint && <dd className="text-sm text-slate-600">{hint}</dd>}
    </div>
  );
}
