import { ApiError } from "./errors";

// The cursor is opaque to the PVS: base64url of the last row's change time and id.

export function encodeCursor(position: { updatedAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([position.updatedAt.toISOString(), position.id])).toString("base64url");
}

export function decodeCursor(cursor: string): { updatedAt: Date; id: string } {
  try {
    const [updatedAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const date = new Date(updatedAt);
    if (typeof id !== "string" || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(date.getTime())) throw new Error("bad cursor");
    return { updatedAt: date, id };
  } catch {
    throw new ApiError("invalid_request", "Der cursor ist ungültig. Bitte den Wert aus nextCursor unverändert übergeben.", "cursor");
  }
}
