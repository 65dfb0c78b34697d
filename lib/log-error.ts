// Errors from the database driver carry the query and its parameters, and those hold patient
// numbers and texts. Logs get the kind of error and its code only.
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 200);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = (error as { code?: string }).code ?? cause?.code;
  const isQueryError = error.message.startsWith("Failed query");
  const message = isQueryError ? (cause?.message ?? "query failed").slice(0, 200) : error.message.slice(0, 200);
  return `${error.name}${code ? ` ${code}` : ""}: ${message}`;
}
