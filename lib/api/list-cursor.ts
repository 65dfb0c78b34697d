import { z } from "zod";
import { ApiError } from "./errors";

const cursorSchema = z.tuple([z.iso.datetime(), z.uuid()]);

// The cursor is opaque to the PVS: base64url of the last row's time (of change, of receipt) and id.

export interface ListPosition {
  at: Date;
  id: string;
}

export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.id])).toString("base64url");
}

export function decodeCursor(cursor: string): ListPosition {
  try {
    const [at, id] = cursorSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    const date = new Date(at);
    if (!isPlausibleDate(date)) throw new Error("bad cursor");
    return { at: date, id };
  } catch {
    throw new ApiError("invalid_request", "Der cursor ist ungültig. Bitte den Wert aus nextCursor unverändert übergeben.", "cursor");
  }
}

/** Years PostgreSQL and JavaScript agree on; anything else cannot be a message's time. */
export function isPlausibleDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 2000 && year <= 9999;
}
