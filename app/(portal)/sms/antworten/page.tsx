import type { Metadata } from "next";
import Link from "next/link";
import { after } from "next/server";
import { getDb } from "@/db/client";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { countUnreadReplies, listReplies, markRepliesRead, REPLY_DAYS } from "@/lib/inbound/replies";
import { formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";

export const metadata: Metadata = { title: "Antworten" };

const dateTime = (instant: Date) => `${formatBerlinDate(instant)}, ${formatBerlinTime(instant)} Uhr`;

export default async function RepliesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const db = await getDb();
  const { nach } = await searchParams;
  const cursor = typeof nach === "string" ? nach : null;
  const [{ replies, nextCursor }, unreadCount] = await Promise.all([listReplies(db, user.practice.id, { cursor }), countUnreadReplies(db, user.practice.id)]);
  const unread = replies.filter((reply) => reply.readAt === null);
  // Opening the list is reading: every reply is shown whole here, there is nothing more to open.
  // Only the ids shown are marked, so a reply arriving meanwhile stays unread; this page still marks them "neu".
  if (unread.length > 0) after(() => markRepliesRead(db, user.practice.id, unread.map((reply) => reply.id)));

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Antworten</h1>
        <p className="max-w-3xl text-slate-700">
          Was Patientinnen und Patienten auf Ihre SMS geantwortet haben, die neueste zuerst, mit der SMS, auf die sie antworten. Wir leiten jede
          Antwort außerdem per E-Mail an Ihre Praxis weiter. Antworten werden nach {REPLY_DAYS} Tagen gelöscht.
        </p>
        {unreadCount > 0 && (
          <p className="text-sm font-medium text-brand-700">
            {unreadCount === 1 ? "1 neue Antwort" : `${unreadCount} neue Antworten`} seit Ihrem letzten Besuch.
          </p>
        )}
      </div>
      {replies.length === 0 && cursor ? (
        <p className="text-slate-700">Keine älteren Antworten.</p>
      ) : replies.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4 text-slate-700">
          In den letzten {REPLY_DAYS} Tagen hat niemand auf Ihre SMS geantwortet. Antworten erreichen Sie, wenn Ihre SMS von Ihrer Antwortnummer
          kommen.
        </p>
      ) : (
        <ol className="space-y-3" aria-label="Antworten, die neueste zuerst">
          {replies.map((reply) => (
            <li
              key={reply.id}
              className={`rounded-md border bg-white p-4 ${reply.readAt === null ? "border-brand-600 shadow-sm" : "border-slate-200"}`}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className={reply.readAt === null ? "font-semibold" : "font-medium"}>
                  {reply.fromNumber ?? "Absender gelöscht"}
                  {reply.readAt === null && (
                    <Badge variant="brand" className="ml-2">
                      neu
                    </Badge>
                  )}
                </p>
                <p className="text-sm text-slate-600">{dateTime(reply.receivedAt)}</p>
              </div>
              <p className="mt-2 whitespace-pre-wrap break-words">{reply.text ?? "Der Text wurde gelöscht."}</p>
              {reply.original ? (
                <div className="mt-3 border-l-4 border-slate-200 pl-3 text-sm text-slate-600">
                  <p>
                    Antwort auf Ihre SMS von „{reply.original.sender}“ vom {dateTime(reply.original.createdAt)}:
                  </p>
                  <p className="mt-1 whitespace-pre-wrap break-words">{reply.original.text ?? "Der Text wurde gelöscht."}</p>
                </div>
              ) : (
                <p className="mt-3 text-sm text-slate-500">Die SMS, auf die geantwortet wurde, ist nicht bekannt.</p>
              )}
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Seiten der Antworten" className="flex flex-wrap gap-3">
        {cursor && (
          <Button asChild variant="outline" size="sm">
            <Link href="/sms/antworten">Zu den neuesten Antworten</Link>
          </Button>
        )}
        {nextCursor && (
          <Button asChild variant="outline" size="sm">
            <Link href={`/sms/antworten?nach=${encodeURIComponent(nextCursor)}`}>Ältere Antworten</Link>
          </Button>
        )}
      </nav>
    </div>
  );
}
