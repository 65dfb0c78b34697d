import { MESSAGE_STATUSES, STATUS_DESCRIPTIONS, STATUS_LABELS } from "@/lib/messages/status";

/** The delivery statuses in their order, with the labels and meanings the portal shows. */
export function StatusTable() {
  return (
    <dl className="my-3 divide-y divide-slate-200 rounded-md border border-slate-200">
      {MESSAGE_STATUSES.map((status) => (
        <div key={status} className="grid gap-1 p-3 sm:grid-cols-[10rem_1fr]">
          <dt className="font-semibold">{STATUS_LABELS[status]}</dt>
          <dd className="text-slate-700">{STATUS_DESCRIPTIONS[status]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The same as text lines, for structured data. */
export function statusLines(): string[] {
  return MESSAGE_STATUSES.map((status) => `${STATUS_LABELS[status]}: ${STATUS_DESCRIPTIONS[status]}`);
}
