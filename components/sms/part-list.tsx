import { PART_CAPACITY, partUnits, type SmsEncoding } from "@/lib/sms/segments";
import { MarkedText } from "./marked-text";

/** The parts of a message, each as it will arrive, with its fill level. */
export function PartList({ parts, encoding, title }: { parts: string[]; encoding: SmsEncoding; title: string }) {
  if (parts.length === 0) return null;
  const capacity = parts.length > 1 ? PART_CAPACITY[encoding].concatenated : PART_CAPACITY[encoding].single;
  return (
    <section className="mt-3">
      <h3 className="text-sm font-semibold">{title}</h3>
      <ol className="mt-2 space-y-2" data-testid="parts">
        {parts.map((part, index) => (
          <li key={index} className="rounded-md border border-slate-200 bg-white p-3">
            <div className="mb-1 flex justify-between text-xs text-slate-600">
              <span>
                SMS {index + 1} von {parts.length}
              </span>
              <span>
                {partUnits(part, encoding)} / {capacity} {encoding === "GSM-7" ? "Stellen" : "Einheiten"}
              </span>
            </div>
            <p className="whitespace-pre-wrap break-words font-mono text-sm">
              <MarkedText text={part} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
