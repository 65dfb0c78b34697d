import type { z } from "zod";
import { domainErrorFromZod } from "../errors/from-zod";
import { ApiError } from "./errors";
import { isPlausibleDate } from "./list-cursor";

const SINCE_EXAMPLE = "z. B. 2026-11-27T08:00:00Z oder 2026-11-27T09:00:00%2B01:00 (ein + in der URL als %2B)";

/**
 * A list's query parameters, checked against its schema. A parameter we do not know, or one
 * given twice, is refused: a PVS that misspells a filter must not get every row as if it had matched.
 */
export function readQueryParameters<Schema extends z.ZodObject>(url: URL, schema: Schema): z.infer<Schema> {
  const allowed = Object.keys(schema.shape);
  const names = [...url.searchParams.keys()];
  const unknown = names.find((name) => !allowed.includes(name));
  if (unknown !== undefined) {
    const shown = /^[\x21-\x7e]{1,40}$/.test(unknown) ? unknown : undefined;
    throw new ApiError("invalid_request", `Den Parameter ${shown ?? "(unlesbar)"} gibt es nicht. Erlaubt sind: ${allowed.join(", ")}.`, shown);
  }
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) throw new ApiError("invalid_request", `Der Parameter ${repeated} darf nur einmal vorkommen.`, repeated);

  const parameters = Object.fromEntries(url.searchParams);
  const query = schema.safeParse(parameters);
  if (!query.success) {
    const labels = Object.fromEntries(allowed.map((name) => [name, `Der Parameter ${name}`]));
    const refusal = domainErrorFromZod(query.error, parameters, labels);
    if (refusal.field === "since") throw sinceError(parameters.since);
    throw refusal;
  }
  const since = (query.data as { since?: string }).since;
  if (since !== undefined && !isPlausibleDate(new Date(since))) throw sinceError(since);
  return query.data;
}

function sinceError(value: string): ApiError {
  // "…T09:00:00 01:00": the zone's plus was sent unencoded and arrived as a space.
  const plusAsSpace = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)? \d{2}:?\d{2}$/.test(value);
  const message = plusAsSpace
    ? "Im Parameter since steht ein Leerzeichen, wo das + der Zeitzone stehen sollte: In einer URL muss + als %2B kodiert werden, z. B. 2026-11-27T09:00:00%2B01:00."
    : `Der Parameter since ist ungültig. Erwartet wird ein Zeitpunkt nach ISO 8601 mit Zeitzone, ${SINCE_EXAMPLE}.`;
  return new ApiError("invalid_request", message, "since");
}
