import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { listScheduledMessages, SCHEDULED_LIST_LIMIT } from "@/lib/messages/scheduled-messages";
import { STATUS_LABELS } from "@/lib/messages/status";
import { maskPhoneNumber } from "@/lib/sms/phone-number";
import { formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";
import { ScheduledList, type ScheduledItem } from "./_components/scheduled-list";

export const metadata: Metadata = { title: "Geplante SMS" };

const TEXT_PREVIEW = 80;

export default async function ScheduledSmsPage() {
  const user = await requireUser();
  const rows = await listScheduledMessages(await getDb(), user.practice.id);
  const items: ScheduledItem[] = rows.map((row) => ({
    id: row.id,
    sendAt: `${formatBerlinDate(row.sendAt)}, ${formatBerlinTime(row.sendAt)} Uhr`,
    recipient: row.recipient ? maskPhoneNumber(row.recipient) : "gelöscht",
    sender: row.sender,
    text: row.text === null ? "" : row.text.length > TEXT_PREVIEW ? `${row.text.slice(0, TEXT_PREVIEW)} …` : row.text,
    segments: row.segments,
    sandbox: row.sandbox,
    status: row.status === "queued" && row.attempts > 0 ? "wartet auf neuen Versuch" : STATUS_LABELS[row.status],
    reference: row.clientReference,
  }));

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Geplante SMS</h1>
        <p className="max-w-3xl text-slate-700">
          SMS, die noch nicht an den Netzbetreiber übergeben wurden, die nächste zuerst. Entfernte SMS werden nicht versendet und nicht berechnet.
          Eine SMS, die gerade übergeben wird, lässt sich nicht mehr entfernen.
        </p>
      </div>
      {items.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4 text-slate-700">
          Keine geplanten SMS. Alles, was Ihre Praxissoftware geschickt hat, ist schon unterwegs; den Verlauf sehen Sie unter{" "}
          <Link href="/sms" className="text-brand-700 underline">
            Gesendete SMS
          </Link>
          .
        </p>
      ) : (
        <>
          {items.length === SCHEDULED_LIST_LIMIT && (
            <p className="text-sm text-slate-600">Angezeigt werden die nächsten {SCHEDULED_LIST_LIMIT} SMS.</p>
          )}
          <ScheduledList items={items} />
        </>
      )}
    </div>
  );
}
