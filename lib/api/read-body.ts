import { LimitedReadError, readLimited } from "../http/read-limited";
import { charsetFromContentType, decodeBodyTexts, type BodyCharset, type BodyText } from "./body-charset";
import { ApiError } from "./errors";

export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_BATCH_BODY_BYTES = 2 * 1024 * 1024;

/**
 * The request body as a plain object, from JSON or a form (older PVS), decoded in the charset
 * its Content-Type declares (UTF-8 if none). Reads at most `limit` bytes, so a 10 MB body is
 * refused without being held in memory.
 */
export async function readBody(request: Request, limit: number): Promise<unknown> {
  const header = request.headers.get("content-type") ?? "";
  const contentType = header.split(";")[0].trim().toLowerCase();
  const isJson = contentType === "application/json" || contentType.endsWith("+json");
  const isForm = contentType === "application/x-www-form-urlencoded";
  if (!isJson && !isForm) throw new ApiError("unsupported_media_type");
  const charset = charsetFromContentType(header);

  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLargeError(limit);

  const bytes = await readBytes(request, limit);
  if (isForm) return formFields(bytes, charset);
  const [text] = decodeBodyTexts([{ bytes }], charset);
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

const AMPERSAND = 0x26;
const EQUALS = 0x3d;

/**
 * A form's fields. URLSearchParams would read the percent-escapes as UTF-8 whatever the
 * charset, so each name and value is percent-decoded to bytes first and then decoded in the
 * body's charset. A name that comes twice keeps its last value.
 */
function formFields(body: Uint8Array, charset: BodyCharset): Record<string, string> {
  const pairs: [Uint8Array, Uint8Array][] = [];
  let start = 0;
  for (let index = 0; index <= body.length; index++) {
    if (index < body.length && body[index] !== AMPERSAND) continue;
    const pair = body.subarray(start, index);
    start = index + 1;
    if (pair.length === 0) continue;
    const equals = pair.indexOf(EQUALS);
    pairs.push(equals < 0 ? [percentDecode(pair), new Uint8Array()] : [percentDecode(pair.subarray(0, equals)), percentDecode(pair.subarray(equals + 1))]);
  }
  const texts: BodyText[] = pairs.flatMap(([name, value]) => [{ bytes: name }, { bytes: value, field: asciiName(name) }]);
  const decoded = decodeBodyTexts(texts, charset);
  // fromEntries defines own properties, so a field named __proto__ stays a field.
  const fields: Record<string, string> = Object.fromEntries(pairs.map((_, index) => [decoded[2 * index], decoded[2 * index + 1]]));
  return restoreUnencodedPlus(fields);
}

/** A field name for an error message, only if it is a plain ASCII name. */
function asciiName(bytes: Uint8Array): string | undefined {
  const name = String.fromCharCode(...bytes.subarray(0, 41));
  return /^[\w.-]{1,40}$/.test(name) ? name : undefined;
}

function percentDecode(bytes: Uint8Array): Uint8Array {
  const decoded = new Uint8Array(bytes.length);
  let length = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    const high = hexValue(bytes[index + 1]);
    const low = hexValue(bytes[index + 2]);
    if (byte === 0x25 && high >= 0 && low >= 0) {
      decoded[length++] = high * 16 + low;
      index += 2;
    } else {
      decoded[length++] = byte === 0x2b ? 0x20 : byte;
    }
  }
  return decoded.subarray(0, length);
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

// Older PVS put "+4917…" and "…T09:00:00+01:00" into a form without encoding the plus,
// which decodes to a space. In these places a space can only have meant the plus.
function restoreUnencodedPlus(fields: Record<string, string>): Record<string, string> {
  for (const name of ["to", "from"]) {
    if (fields[name] !== undefined && /^ \d/.test(fields[name])) fields[name] = `+${fields[name].slice(1)}`;
  }
  if (fields.sendAt !== undefined) fields.sendAt = fields.sendAt.replace(/(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}:?\d{2})$/, "$1+$2");
  return fields;
}
