import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DayActivity, LocationActivity, MonthActivity } from "@/lib/statistics/activity";
import { formatDay, formatMonth } from "@/lib/statistics/calendar";
import { deliveryRate, formatDeliveryRate } from "@/lib/statistics/delivery-rate";
import { STATUS_LABELS } from "@/lib/messages/status";

const number = new Intl.NumberFormat("de-DE");
const num = "text-right tabular-nums";

export function DayTable({ days }: { days: DayActivity[] }) {
  return (
    <Table>
      <TableCaption>SMS, SMS-Teile und Zustellstatus je Tag der letzten {days.length} Tage, neueste zuerst</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Tag</TableHead>
          <TableHead className={num}>SMS</TableHead>
          <TableHead className={num}>SMS-Teile</TableHead>
          <TableHead className={num}>{STATUS_LABELS.delivered}</TableHead>
          <TableHead className={num}>{STATUS_LABELS.undelivered}</TableHead>
          <TableHead className={num}>ohne abschließenden Status</TableHead>
          <TableHead className={num}>Zustellquote</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {days.toReversed().map((d) => (
          <TableRow key={d.day}>
            <TableHead scope="row" className="font-normal whitespace-nowrap">
              {formatDay(d.day)}
            </TableHead>
            <TableCell className={num}>{number.format(d.messages)}</TableCell>
            <TableCell className={num}>{number.format(d.parts)}</TableCell>
            <TableCell className={num}>{number.format(d.delivered)}</TableCell>
            <TableCell className={num}>{number.format(d.undelivered)}</TableCell>
            <TableCell className={num}>{number.format(d.open)}</TableCell>
            <TableCell className={num}>{formatDeliveryRate(deliveryRate(d))}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function MonthTable({ months }: { months: MonthActivity[] }) {
  return (
    <Table>
      <TableCaption>SMS, SMS-Teile und Zustellstatus je Monat seit der Anmeldung, neueste zuerst</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Monat</TableHead>
          <TableHead className={num}>SMS</TableHead>
          <TableHead className={num}>SMS-Teile</TableHead>
          <TableHead className={num}>{STATUS_LABELS.delivered}</TableHead>
          <TableHead className={num}>{STATUS_LABELS.undelivered}</TableHead>
          <TableHead className={num}>ohne abschließenden Status</TableHead>
          <TableHead className={num}>Zustellquote</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {months.toReversed().map((m) => (
          <TableRow key={m.month}>
            <TableHead scope="row" className="font-normal whitespace-nowrap">
              {formatMonth(m.month)}
            </TableHead>
            <TableCell className={num}>{number.format(m.messages)}</TableCell>
            <TableCell className={num}>{number.format(m.parts)}</TableCell>
            <TableCell className={num}>{number.format(m.delivered)}</TableCell>
            <TableCell className={num}>{number.format(m.undelivered)}</TableCell>
            <TableCell className={num}>{number.format(m.open)}</TableCell>
            <TableCell className={num}>{formatDeliveryRate(deliveryRate(m))}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function LocationTable({ locations }: { locations: LocationActivity[] }) {
  return (
    <Table>
      <TableCaption>SMS und SMS-Teile je Standort seit der Anmeldung</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Standort</TableHead>
          <TableHead className={num}>SMS</TableHead>
          <TableHead className={num}>SMS-Teile</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {locations.map((l) => (
          <TableRow key={l.location?.code ?? ""}>
            <TableHead scope="row" className="font-normal">
              {l.location ? (
                <>
                  {l.location.name} <span className="text-slate-600">({l.location.code})</span>
                </>
              ) : (
                <span className="text-slate-600">ohne Standort</span>
              )}
            </TableHead>
            <TableCell className={num}>{number.format(l.messages)}</TableCell>
            <TableCell className={num}>{number.format(l.parts)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
