import { LimitedReadError, readLimited } from "../http/read-limited";
import { ApiError } from "./errors";

export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_BATCH_BODY_BYTES = 2 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The request body as a plain object, from JSON or a form (older PVS). Reads at most
 * `limit` bytes, so a 10 MB body is refused without being held in memory.
 */
export async function readBody(request: Request, limit: number): Promise<unknown> {
  const contentType = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  const isJson = contentType === "application/json" || contentType.endsWith("+json");
  const isForm = contentType === "application/x-www-form-urlencoded";
  if (!isJson && !isForm) throw new ApiError("unsupported_media_type");

  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLargeError(limit);

  const bytes = await readBytes(request, limit);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ApiError("invalid_request", "Die Anfrage ist kein gültiges UTF-8.");
  }
  if (isForm) return formFields(text);
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("invalid_request", "Die Anfrage ist kein gültiges JSON.");
  }
}

async function readBytes(request: Request, limit: number): Promise<Uint8Array> {
  try {
    return await readLimited(request, limit);
  } catch (error) {
    if (!(error instanceof LimitedReadError)) throw error;
    if (error.reason === "aborted") throw new ApiError("invalid_request", "Die Anfrage wurde vor dem Ende abgebrochen.");
    throw tooLargeError(limit);
  }
}

function tooLargeError(limit: number): ApiError {
  return new ApiError("payload_too_large", `Die Anfrage ist zu groß (höchstens ${limit / 1024} KiB).`);
}

// Older PVS put "+4917…" and "…T09:00:00+01:00" into a form without encoding the plus,
// which decodes to a space. In these places a space can only have meant the plus.
function formFields(text: string): Record<string, string> {
  const fields = Object.fromEntries(new URLSearchParams(text));
  for (const name of ["to", "from"]) {
    if (fields[name] !== undefined && /^ \d/.test(fields[name])) fields[name] = `+${fields[name].slice(1)}`;
  }
  if (fields.sendAt !== undefined) fields.sendAt = fields.sendAt.replace(/(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}:?\d{2})$/, "$1+$2");
  return fields;
}
