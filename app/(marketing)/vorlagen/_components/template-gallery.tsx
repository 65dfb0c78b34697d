"use client";

import { useMemo, useState } from "react";
import { CopyButton } from "@/components/sms/copy-button";
import { MarkedText } from "@/components/sms/marked-text";
import { fillTemplate } from "@/lib/content/fill-template";
import type { PlaceholderKey, SmsTemplate } from "@/lib/content/template-types";
import { PLACEHOLDERS, TEMPLATE_CATEGORIES, TEMPLATES } from "@/lib/content/templates";
import { segmentSms } from "@/lib/sms/segments";
import { summariseCount } from "@/lib/sms/summary";

type Values = Record<PlaceholderKey, string>;

const EXAMPLES = Object.fromEntries(PLACEHOLDERS.map((p) => [p.key, p.example])) as Values;

export function TemplateGallery() {
  const [values, setValues] = useState<Values>(EXAMPLES);
  // The longer of what the visitor typed and our plausible long value, per placeholder.
  const worstValues = useMemo(
    () =>
      Object.fromEntries(
        PLACEHOLDERS.map((p) => [p.key, values[p.key].length > p.worstCase.length ? values[p.key] : p.worstCase]),
      ) as Values,
    [values],
  );

  return (
    <div className="space-y-12">
      <fieldset className="rounded-lg border border-slate-200 p-5">
        <legend className="px-1 font-semibold">Beispielwerte – ändern Sie sie, die Zählung läuft mit</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {PLACEHOLDERS.map((placeholder) => (
            <label key={placeholder.key} className="block text-sm">
              <span className="font-medium">{placeholder.label}</span>{" "}
              <code className="text-xs text-slate-600">{`{${placeholder.key}}`}</code>
              <input
                type="text"
                value={values[placeholder.key]}
                onChange={(event) => setValues({ ...values, [placeholder.key]: event.target.value })}
                className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-base"
              />
            </label>
          ))}
        </div>
        <button type="button" onClick={() => setValues(EXAMPLES)} className="mt-3 text-sm text-brand-700 underline">
          Beispielwerte zurücksetzen
        </button>
      </fieldset>

      {TEMPLATE_CATEGORIES.map((category) => (
        <section key={category.id} aria-labelledby={`kategorie-${category.id}`}>
          <h2 id={`kategorie-${category.id}`} className="text-2xl font-bold">
            {category.title}
          </h2>
          <p className="mt-2 max-w-3xl text-slate-700">{category.intro}</p>
          <ul className="mt-3 max-w-3xl list-disc space-y-1 pl-6 text-sm text-slate-700">
            {category.tips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ul>
          <ul className="mt-6 grid gap-4 md:grid-cols-2">
            {TEMPLATES.filter((template) => template.category === category.id).map((template) => (
              <TemplateCard key={template.id} template={template} values={values} worstValues={worstValues} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function TemplateCard({ template, values, worstValues }: { template: SmsTemplate; values: Values; worstValues: Values }) {
  const text = fillTemplate(template.text, values);
  const { segments, label } = summariseCount(text);
  const worstSegments = segmentSms(fillTemplate(template.text, worstValues)).segments;
  const longerKeys = PLACEHOLDERS.filter((p) => template.text.includes(`{${p.key}}`) && worstValues[p.key].length > values[p.key].length);

  return (
    <li className="flex flex-col rounded-lg border border-slate-200 p-4" data-testid="template-card" data-template-id={template.id}>
      <p className="flex-1 whitespace-pre-wrap break-words leading-relaxed">
        <MarkedText text={text} />
      </p>
      <p className={`mt-3 text-sm font-semibold ${segments > 1 ? "text-amber-800" : "text-brand-700"}`} data-testid="template-count">
        {label}
      </p>
      {worstSegments > segments && (
        <p className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900" data-testid="template-warning">
          Achtung: Mit längeren Angaben – etwa {longerKeys.map((p) => `„${worstValues[p.key]}“`).join(", ")} – werden daraus{" "}
          {worstSegments} SMS.
        </p>
      )}
      <div className="mt-3">
        <CopyButton text={template.text} label="Vorlage kopieren" />
      </div>
    </li>
  );
}
