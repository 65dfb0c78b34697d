// PostgreSQL's SQLSTATE for a unique violation. Drizzle wraps driver errors, so the code
// may sit on the error itself (PGlite, pg) or on its cause.
const UNIQUE_VIOLATION = "23505";

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current = error; current && typeof current === "object"; current = (current as { cause?: unknown }).cause) {
    const { code, constraint: name } = current as { code?: string; constraint?: string };
    if (code === UNIQUE_VIOLATION) return constraint === undefined || name === undefined || name === constraint;
  }
  return false;
}
