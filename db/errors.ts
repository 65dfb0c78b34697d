import { describeError } from "../lib/log-error";

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

/** The database cannot be reached (not yet, or not right now): the caller should answer 503. */
export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super(`Die Datenbank ist nicht erreichbar${cause === undefined ? "" : ` (${describeError(cause)})`}.`, { cause });
    this.name = "DatabaseUnavailableError";
  }
}

// Socket errors of the drivers, and SQLSTATEs of a server that is going away or not there yet:
// class 08 (connection exception), 57P01–57P03 (admin or crash shutdown, cannot connect now),
// 53300 (too many connections). All of them pass once the server is back.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);
// node-postgres reports a dropped or timed-out connection by message only.
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /connection (is )?closed/i,
  /socket hang up/i,
];

/** Whether an error (or one of its causes) means the database is unreachable, not that a query is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 10; current = (current as { cause?: unknown }).cause, depth++) {
    if (current instanceof DatabaseUnavailableError) return true;
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    // A failed connect to several addresses (IPv4 and IPv6 of localhost) is an AggregateError.
    if (current instanceof AggregateError && current.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
  }
  return false;
}
