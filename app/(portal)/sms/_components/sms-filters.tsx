import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import type { FilterParam } from "@/lib/messages/sent-sms-filters";
import { MESSAGE_STATUSES, STATUS_LABELS } from "@/lib/messages/status";

type Values = Record<FilterParam, string>;
type Errors = Partial<Record<FilterParam, string>>;

// A plain GET form with native selects: the filters land in the URL and work without JavaScript.
const selectClass =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base text-slate-900 shadow-sm focus:border-brand-600 aria-invalid:border-rose-600";

function Field({ name, label, error, children }: { name: FilterParam; label: string; error?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      {children}
      {error && (
        <p id={`filter-${name}-fehler`} className="text-sm font-medium text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}

const errorProps = (name: FilterParam, errors: Errors) =>
  errors[name] ? { "aria-invalid": true as const, "aria-describedby": `filter-${name}-fehler` } : {};

export function SmsFilters({
  values,
  errors,
  locations,
  earliestDay,
  exportHref,
}: {
  values: Values;
  errors: Errors;
  locations: { id: string; name: string }[];
  earliestDay: string;
  exportHref: string;
}) {
  return (
    <form method="get" action="/sms" role="search" aria-label="SMS filtern" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field name="status" label="Status" error={errors.status}>
          <select id="filter-status" name="status" defaultValue={values.status} className={selectClass} {...errorProps("status", errors)}>
            <option value="">Alle</option>
            {MESSAGE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </Field>
        <Field name="von" label="Von" error={errors.von}>
          <Input id="filter-von" type="date" name="von" defaultValue={values.von} min={earliestDay} {...errorProps("von", errors)} />
        </Field>
        <Field name="bis" label="Bis" error={errors.bis}>
          <Input id="filter-bis" type="date" name="bis" defaultValue={values.bis} min={earliestDay} {...errorProps("bis", errors)} />
        </Field>
        {locations.length > 0 && (
          <Field name="standort" label="Standort" error={errors.standort}>
            <select id="filter-standort" name="standort" defaultValue={values.standort} className={selectClass} {...errorProps("standort", errors)}>
              <option value="">Alle</option>
              {locations.map((location) => (
                <option key={location.id} value={location.id}>
                  {location.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field name="nummer" label="Empfängernummer" error={errors.nummer}>
          <Input
            id="filter-nummer"
            type="tel"
            name="nummer"
            defaultValue={values.nummer}
            placeholder="z. B. 0171 1234567"
            autoComplete="off"
            {...errorProps("nummer", errors)}
          />
        </Field>
        <Field name="suche" label="Text enthält" error={errors.suche}>
          <Input id="filter-suche" type="search" name="suche" defaultValue={values.suche} maxLength={200} {...errorProps("suche", errors)} />
        </Field>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" size="sm">
          Filtern
        </Button>
        <Link href="/sms" className={buttonVariants({ variant: "ghost", size: "sm" })}>
          Filter zurücksetzen
        </Link>
        {/* A file download, not a page: a plain link, so the router does not prefetch it. */}
        <a href={exportHref} className={cn(buttonVariants({ variant: "outline", size: "sm" }), "sm:ml-auto")}>
          Als CSV exportieren
        </a>
      </div>
    </form>
  );
}
