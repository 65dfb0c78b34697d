import type { z } from "zod";
import { DomainError } from "./domain-error";

/** How a message names an input field: "Der Absender", "Die Referenz", "Der Parameter limit". */
export type FieldLabels = Record<string, string>;

/**
 * The first problem zod found, as a domain error that names the field the way the user sees
 * it. `field` keeps the input's own key, so the API can report it and a form can mark it.
 */
export function domainErrorFromZod(error: z.ZodError, input: unknown, labels: FieldLabels = {}): DomainError {
  const issue = error.issues[0];
  const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
  if (field === undefined) return new DomainError("invalid_request", "Die Angaben müssen ein Objekt mit Feldern sein.");
  const label = labels[field] ?? `Die Angabe ${field}`;
  const given = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[field] : undefined;
  if (issue.code === "invalid_type" && given == null) return new DomainError("missing_parameter", `${label} fehlt.`, field);
  if (issue.code === "invalid_type") {
    const expected = issue.expected === "string" ? "ein Text" : issue.expected === "number" ? "eine Zahl" : `vom Typ ${issue.expected}`;
    return new DomainError("invalid_request", `${label} muss ${expected} sein.`, field);
  }
  if (issue.code === "too_big" && issue.origin === "string") {
    return new DomainError("invalid_request", `${label} darf höchstens ${issue.maximum} Zeichen haben.`, field);
  }
  if (issue.code === "too_big" && issue.origin === "number") return new DomainError("invalid_request", `${label} darf höchstens ${issue.maximum} sein.`, field);
  if (issue.code === "too_small" && issue.origin === "number") return new DomainError("invalid_request", `${label} muss mindestens ${issue.minimum} sein.`, field);
  if (issue.code === "invalid_value") {
    return new DomainError("invalid_request", `${label} ist ungültig. Erlaubt: ${issue.values.map(String).join(", ")}.`, field);
  }
  return new DomainError("invalid_request", `${label} ist ungültig.`, field);
}
