import { CopyButton } from "@/components/sms/copy-button";

/** A value to type into the PVS: shown as code, copied with one click. */
export function CopyValue({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-sm font-medium">{label}</span>
        <CopyButton text={value} label={`${label} kopieren`} />
      </div>
      {multiline ? (
        // Focusable, so that a long line can be scrolled with the keyboard too.
        <pre tabIndex={0} aria-label={label} className="overflow-x-auto rounded-md bg-slate-900 p-3 text-sm text-slate-50 focus-visible:outline-3 focus-visible:outline-brand-600">
          <code>{value}</code>
        </pre>
      ) : (
        <code className="block break-all rounded-md bg-slate-100 px-2 py-1.5 text-sm text-slate-900">{value}</code>
      )}
    </div>
  );
}
