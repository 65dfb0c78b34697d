import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { listPracticeInvoices } from "@/lib/billing/practice-invoices";
import { lastFreeDay } from "@/lib/billing/trial";
import { formatMonth } from "@/lib/statistics/calendar";
import { berlinDate } from "@/lib/time/berlin";
import { InvoiceTable } from "./_components/invoice-table";

export const metadata: Metadata = { title: "Rechnungen" };

/** "2027-01": the first month that is billed, the one the trial ends into. */
function firstBilledMonth(trialEndsAt: Date): { billed: string; invoiced: string } {
  const { year, month } = berlinDate(trialEndsAt);
  const key = (y: number, m: number) => `${y}-${String(m).padStart(2, "0")}`;
  return { billed: key(year, month), invoiced: month === 12 ? key(year + 1, 1) : key(year, month + 1) };
}

// Staff may load invoices too (lib/accounts/roles.ts): the practice's bookkeeping is often theirs.
export default async function InvoicesPage() {
  const user = await requireUser();
  const invoices = await listPracticeInvoices(await getDb(), user.practice.id);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Rechnungen</h1>
        <p className="max-w-3xl text-slate-700">
          Ihre Monatsrechnungen und Stornorechnungen. Das PDF ist zugleich eine E-Rechnung (ZUGFeRD, Profil EN 16931), bei mehreren Standorten mit
          einer Aufstellung je Standort; die XML-Datei (XRechnung) können Sie auch einzeln laden, etwa für Ihre Buchhaltung. Jede Rechnung schicken wir außerdem per
          E-Mail an Ihre Rechnungsadresse.
        </p>
      </div>
      {invoices.length === 0 ? <EmptyState trialEndsAt={user.practice.trialEndsAt} trialRunning={user.practice.trialRunning} /> : <InvoiceTable invoices={invoices} />}
    </div>
  );
}

function EmptyState({ trialEndsAt, trialRunning }: { trialEndsAt: Date; trialRunning: boolean }) {
  const { billed, invoiced } = firstBilledMonth(trialEndsAt);
  return (
    <p className="max-w-3xl rounded-md border border-slate-200 bg-white p-4 text-slate-700">
      Noch keine Rechnungen. Bis einschließlich {lastFreeDay(trialEndsAt)} {trialRunning ? "ist" : "war"} Praxisbote für Ihre Praxis kostenlos. Die erste Rechnung (für{" "}
      {formatMonth(billed)}) erstellen wir Anfang {formatMonth(invoiced)}; sie erscheint dann hier.
    </p>
  );
}
