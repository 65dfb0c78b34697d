import { FormField } from "@/components/forms/form-field";
import { MAX_DESCRIPTION_LENGTH } from "@/lib/pvs-webhooks/endpoint-limits";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from "@/lib/pvs-webhooks/event-types";

export interface EndpointValues {
  url?: string;
  description?: string;
  eventTypes?: readonly string[];
}

/** The fields of an endpoint, for adding one and for changing it; `id` keeps several on one page apart. */
export function EndpointFields({ id, values, errors }: { id: string; values: EndpointValues; errors?: Record<string, string> }) {
  const eventsError = errors?.eventTypes;
  return (
    <>
      <FormField
        id={`${id}-url`}
        name="url"
        type="url"
        label="Adresse (URL)"
        autoComplete="off"
        spellCheck={false}
        required
        placeholder="https://pvs.example.de/webhooks/praxisbote"
        defaultValue={values.url}
        error={errors?.url}
        hint="Hierhin senden wir jedes Ereignis per HTTPS-POST."
      />
      <FormField
        id={`${id}-description`}
        name="description"
        label="Beschreibung (optional)"
        autoComplete="off"
        maxLength={MAX_DESCRIPTION_LENGTH}
        defaultValue={values.description}
        error={errors?.description}
        hint="Woran Sie den Endpunkt erkennen, z. B. „PVS Empfang“."
      />
      <fieldset className="space-y-2" aria-describedby={eventsError ? `${id}-events-fehler` : undefined}>
        <legend className="text-sm font-medium">Ereignisse</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="eventTypes" value={type} defaultChecked={values.eventTypes?.includes(type)} className="mt-1" />
            <span>
              {WEBHOOK_EVENT_LABELS[type]} <code className="text-xs text-slate-600">{type}</code>
            </span>
          </label>
        ))}
        {eventsError && (
          <p id={`${id}-events-fehler`} className="text-sm font-medium text-rose-700">
            {eventsError}
          </p>
        )}
      </fieldset>
    </>
  );
}
