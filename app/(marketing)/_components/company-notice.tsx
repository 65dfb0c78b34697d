import type { Company } from "@/lib/content/company";

/** Says, on the page itself, which provider details are missing or only examples. */
export function CompanyNotice({ company }: { company: Company }) {
  if (company.missing.length === 0) return null;
  const names = company.missing.map((field) => `${field.label} (${field.variable})`).join(", ");
  if (company.showsExamples) {
    return (
      <aside aria-label="Hinweis zu den Beispielangaben" className="mt-6 rounded-md border border-sky-300 bg-sky-50 p-4 text-sm text-sky-950">
        <p className="font-semibold">Entwicklungsumgebung: Die mit „Beispiel“ markierten Angaben sind erfunden.</p>
        <p className="mt-1">Vor dem Betrieb konfigurieren: {names}.</p>
      </aside>
    );
  }
  return (
    <aside aria-label="Warnung: Angaben unvollständig" className="mt-6 rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950">
      <p className="font-semibold">Die Angaben des Anbieters sind noch nicht vollständig konfiguriert: {names}.</p>
      <p className="mt-1 text-sm">Diese Seite erfüllt die gesetzlichen Pflichtangaben erst, wenn alle Angaben hinterlegt sind.</p>
    </aside>
  );
}

/** One detail; an example stands out as such, a missing value as a gap. */
export function CompanyValue({ company, field, link }: { company: Company; field: keyof Company["details"]; link?: "mailto" | "tel" }) {
  const value = company.details[field];
  if (!value) return <span className="text-amber-800">[nicht konfiguriert]</span>;
  const href = link === "mailto" ? `mailto:${value}` : link === "tel" ? `tel:${value.replace(/[^+\d]/g, "")}` : undefined;
  return (
    <>
      {href ? (
        <a className="text-brand-700 underline" href={href}>
          {value}
        </a>
      ) : (
        value
      )}
      {company.examples.includes(field) && <span className="ml-1 rounded bg-sky-100 px-1 text-xs font-semibold text-sky-900">Beispiel</span>}
    </>
  );
}
