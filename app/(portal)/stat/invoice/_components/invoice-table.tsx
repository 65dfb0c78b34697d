import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatCents } from "@/lib/billing/price-list";
import type { InvoiceStatusLabel, PracticeInvoice } from "@/lib/billing/practice-invoices";
import { formatDay, formatMonth } from "@/lib/statistics/calendar";

const num = "text-right tabular-nums whitespace-nowrap";

const STATUS_BADGES: Record<InvoiceStatusLabel, BadgeVariant> = { offen: "warning", bezahlt: "brand", storniert: "neutral" };

export function InvoiceTable({ invoices }: { invoices: PracticeInvoice[] }) {
  return (
    <Table>
      <TableCaption>Rechnungen und Stornorechnungen Ihrer Praxis, neueste zuerst, mit Download als PDF und als XML</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Nummer</TableHead>
          <TableHead>Datum</TableHead>
          <TableHead>Leistungszeitraum</TableHead>
          <TableHead className={num}>Netto</TableHead>
          <TableHead className={num}>Brutto</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Download</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invoices.map((invoice) => (
          <TableRow key={invoice.id}>
            <TableHead scope="row" className="font-normal whitespace-nowrap">
              <span className="font-mono">{invoice.number}</span>
              {invoice.kind === "cancellation" && <span className="block text-xs text-slate-600">Stornorechnung zu {invoice.cancelsNumber}</span>}
              {invoice.cancelledByNumber && <span className="block text-xs text-slate-600">storniert durch {invoice.cancelledByNumber}</span>}
            </TableHead>
            <TableCell className="whitespace-nowrap">{formatDay(invoice.issueDate)}</TableCell>
            <TableCell className="whitespace-nowrap">{formatMonth(invoice.month)}</TableCell>
            <TableCell className={num}>{formatCents(invoice.netCents)}</TableCell>
            <TableCell className={num}>{formatCents(invoice.grossCents)}</TableCell>
            <TableCell>{invoice.status ? <Badge variant={STATUS_BADGES[invoice.status]}>{invoice.status}</Badge> : <span className="text-slate-600">Storno</span>}</TableCell>
            <TableCell className="whitespace-nowrap">
              <Downloads invoice={invoice} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Downloads({ invoice }: { invoice: PracticeInvoice }) {
  if (!invoice.hasPdf && !invoice.hasXml) return <span className="text-slate-600">wird erstellt</span>;
  const what = invoice.kind === "cancellation" ? "Stornorechnung" : "Rechnung";
  return (
    <span className="flex gap-3">
      {/* Plain anchors: the routes answer files, which client-side navigation cannot show. */}
      {invoice.hasPdf && (
        <a href={`/stat/invoice/${invoice.id}/pdf`} download className="text-brand-700 underline">
          PDF<span className="sr-only">
            {" "}
            der {what} {invoice.number}
          </span>
        </a>
      )}
      {invoice.hasXml && (
        <a href={`/stat/invoice/${invoice.id}/xml`} download className="text-brand-700 underline">
          XML<span className="sr-only">
            {" "}
            der {what} {invoice.number} (E-Rechnung)
          </span>
        </a>
      )}
    </span>
  );
}
