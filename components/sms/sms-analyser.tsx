"use client";

import { useId, useMemo, useState } from "react";
import { analyseSms } from "@/lib/sms/analyse";
import { PART_CAPACITY } from "@/lib/sms/segments";
import { encodingLabel } from "@/lib/sms/summary";
import { CopyButton } from "./copy-button";
import { CostlyCharacters } from "./costly-characters";
import { PartList } from "./part-list";

const EXAMPLE =
  "Guten Tag Frau Hoffmann, wir erinnern Sie an Ihren Termin am 19.08. um 16:30 Uhr – bitte sagen Sie „rechtzeitig“ ab, falls Sie verhindert sind. Ihre Zahnarztpraxis Dr. Sommer, 0711 123456";

/**
 * The live SMS analyser: everything is computed in the browser by lib/sms, the same code
 * the API and billing run, so what a practice sees here is what it is billed.
 */
export function SmsAnalyser({
  initialText = EXAMPLE,
  name,
  error,
}: {
  initialText?: string;
  /** Makes the text box a field of the enclosing form (the portal's test SMS). */
  name?: string;
  /** The server's refusal of the text, shown under the box. */
  error?: string;
}) {
  const [text, setText] = useState(initialText);
  const [optimise, setOptimise] = useState(false);
  const analysis = useMemo(() => analyseSms(text), [text]);
  const { before, after, applied } = analysis.optimisation;
  const fieldId = useId();
  const statusId = useId();
  const errorId = useId();
  const capacity = PART_CAPACITY[before.encoding];
  const perPart = before.segments > 1 ? capacity.concatenated : capacity.single;
  const stuckInUnicode = analysis.analysedCharacters.some((c) => c.kind === "unicode" && c.replacement === undefined);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-4">
        <div>
          <div className="flex items-end justify-between gap-2">
            <label htmlFor={fieldId} className="block font-medium">
              Ihr SMS-Text
            </label>
            <button type="button" className="text-sm text-brand-700 underline" onClick={() => setText("")}>
              Text leeren
            </button>
          </div>
          <textarea
            id={fieldId}
            value={text}
            name={name}
            onChange={(event) => setText(event.target.value)}
            rows={7}
            spellCheck={false}
            aria-invalid={analysis.tooLong || Boolean(error)}
            aria-describedby={`${statusId}${analysis.tooLong || error ? ` ${errorId}` : ""}`}
            className={`mt-1 block w-full rounded-md border p-3 font-mono text-base leading-relaxed shadow-sm focus:border-brand-600 focus:ring-brand-600 ${
              analysis.tooLong || error ? "border-rose-600" : "border-slate-300"
            }`}
            placeholder="Tippen oder fügen Sie hier Ihren Text ein …"
          />
          {analysis.tooLong && (
            <p id={errorId} role="alert" className="mt-1 text-sm font-medium text-rose-700">
              Der Text ist {analysis.characters - analysis.maxCharacters} Zeichen zu lang: Eine Nachricht darf höchstens{" "}
              {analysis.maxCharacters} Zeichen haben.
            </p>
          )}
          {error && !analysis.tooLong && (
            <p id={errorId} className="mt-1 text-sm font-medium text-rose-700">
              {error}
            </p>
          )}
        </div>

        <dl id={statusId} aria-live="polite" className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="analyse-figures">
          <Figure label="Zeichen" value={`${analysis.characters} / ${analysis.maxCharacters}`} testId="characters" />
          <Figure label="SMS" value={String(before.segments)} testId="segments" />
          <Figure label="Kodierung" value={encodingLabel(before.encoding)} testId="encoding" />
          <Figure
            label="Noch frei in dieser SMS"
            value={before.segments === 0 ? `${capacity.single}` : `${before.remaining} von ${perPart}`}
            testId="remaining"
          />
        </dl>

        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            role="switch"
            aria-checked={optimise}
            onClick={() => setOptimise((on) => !on)}
            className="inline-flex items-center gap-2 text-sm font-medium"
          >
            <span
              aria-hidden="true"
              className={`relative inline-block h-6 w-11 rounded-full transition-colors ${optimise ? "bg-brand-600" : "bg-slate-300"}`}
            >
              <span
                className={`absolute top-0.5 h-5 w-5 rounded-full bg-white shadow transition-transform ${optimise ? "translate-x-5" : "translate-x-0.5"}`}
              />
            </span>
            Zeichenoptimierung anwenden
          </button>
          <CopyButton text={optimise ? analysis.optimisation.text : text} label={optimise ? "Optimierten Text kopieren" : "Text kopieren"} />
        </div>

        {optimise && (
          <section aria-labelledby={`${fieldId}-optimised`} className="rounded-md border border-brand-100 bg-brand-50 p-4">
            <h3 id={`${fieldId}-optimised`} className="font-semibold">
              Mit Zeichenoptimierung
            </h3>
            <p className="mt-1 text-sm" data-testid="saving">
              {applied ? (
                <>
                  <strong>
                    {before.segments} SMS → {after.segments} SMS
                  </strong>{" "}
                  – Sie sparen {before.segments - after.segments} SMS je Nachricht.
                </>
              ) : before.segments === 0 ? (
                "Noch kein Text."
              ) : stuckInUnicode ? (
                "Keine Ersparnis: Der Text enthält Zeichen ohne GSM-Ersatz (etwa Emojis) und bleibt Unicode. Er wird unverändert verschickt."
              ) : (
                "Keine Ersparnis: Die Ersetzungen würden keine SMS sparen, daher bleibt der Text unverändert."
              )}
            </p>
            {applied && <PartList parts={after.parts} encoding={after.encoding} title="Optimierte Teile" />}
          </section>
        )}

        <PartList parts={before.parts} encoding={before.encoding} title="So wird Ihre Nachricht aufgeteilt" />
      </div>

      <aside aria-labelledby={`${fieldId}-costly`} className="space-y-3">
        <h3 id={`${fieldId}-costly`} className="font-semibold">
          Kostentreibende Zeichen
        </h3>
        <p className="text-sm text-slate-600">
          <span className="rounded-sm bg-amber-200 px-1 text-amber-950">Gelb</span> zählt doppelt,{" "}
          <span className="rounded-sm bg-rose-200 px-1 text-rose-950">rot</span> macht die ganze SMS zu Unicode.
        </p>
        <CostlyCharacters characters={analysis.analysedCharacters} />
      </aside>
    </div>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-md border border-slate-200 p-3">
      <dt className="text-xs uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-1 text-lg font-semibold" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
