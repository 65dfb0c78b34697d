import iconv from "iconv-lite";
import { ApiError } from "./errors";

/** How a request body's bytes are read: the charsets older PVS actually send. */
export type BodyCharset = "utf-8" | "windows-1252" | "us-ascii";

// ISO-8859-1 labels read 0x80–0x9F as windows-1252 (€ „ “ …), as every browser does (WHATWG):
// PVS that say Latin-1 run on Windows and mean its code page, and C1 control codes never belong in an SMS.
const LATIN = "windows-1252";
const LABELS: Record<string, BodyCharset> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  "iso-8859-1": LATIN,
  "iso8859-1": LATIN,
  "iso_8859-1": LATIN,
  "iso_8859-1:1987": LATIN,
  "iso-ir-100": LATIN,
  latin1: LATIN,
  "latin-1": LATIN,
  l1: LATIN,
  cp819: LATIN,
  ibm819: LATIN,
  csisolatin1: LATIN,
  "windows-1252": LATIN,
  cp1252: LATIN,
  "x-cp1252": LATIN,
  "us-ascii": "us-ascii",
  ascii: "us-ascii",
  "iso646-us": "us-ascii",
};

// Bytes windows-1252 leaves unassigned: a decoder would put U+FFFD (or a control code) there.
const UNASSIGNED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const utf8 = new TextDecoder("utf-8", { fatal: true });

const WHAT_TO_SEND = "Bitte UTF-8 senden oder den tatsächlichen Zeichensatz im Content-Type angeben, z. B. charset=ISO-8859-1 oder charset=windows-1252.";

/** The charset a Content-Type declares; UTF-8 when it declares none. An unknown label is a 415. */
export function charsetFromContentType(contentType: string): BodyCharset {
  for (const parameter of contentType.split(";").slice(1)) {
    const [name, ...rest] = parameter.split("=");
    if (name.trim().toLowerCase() !== "charset") continue;
    const label = rest.join("=").trim().replace(/^"(.*)"$/, "$1").trim().toLowerCase();
    const charset = LABELS[label];
    if (charset) return charset;
    const shown = /^[\x21-\x7e]{1,40}$/.test(label) ? ` „${label}“` : "";
    throw new ApiError("unsupported_media_type", `Den Zeichensatz${shown} unterstützen wir nicht. ${WHAT_TO_SEND}`, "Content-Type");
  }
  return "utf-8";
}

/** A piece of the body to decode, and the field it belongs to (for the error message). */
export interface BodyText {
  bytes: Uint8Array;
  field?: string;
}

/**
 * Decodes the pieces of one body in its charset, deciding once for the whole body. Nothing
 * that cannot be decoded is replaced by U+FFFD: such a body is refused as `invalid_encoding`.
 */
export function decodeBodyTexts(texts: readonly BodyText[], charset: BodyCharset): string[] {
  // A body labelled Latin-1 or ASCII whose bytes are valid multi-byte UTF-8 is UTF-8 with a
  // wrong label (German windows-1252 text is practically never valid UTF-8: ü and ö cannot
  // even start a UTF-8 sequence), and such PVS worked while the label was ignored: read it as
  // UTF-8 instead of sending "GrÃ¼ÃŸe" to a patient.
  const asUtf8 = charset === "utf-8" || (texts.some(({ bytes }) => bytes.some((byte) => byte >= 0x80)) && texts.every(({ bytes }) => isUtf8(bytes)));
  return texts.map(({ bytes, field }) => {
    if (asUtf8) {
      if (!isUtf8(bytes)) throw encodingError(`Die Anfrage ist kein gültiges UTF-8${inField(field)}.`, field);
      return utf8.decode(bytes);
    }
    const index = bytes.findIndex((byte) => (charset === "us-ascii" ? byte >= 0x80 : UNASSIGNED_1252.has(byte)));
    if (index >= 0) {
      const hex = `0x${bytes[index].toString(16).toUpperCase()}`;
      const problem = charset === "us-ascii" ? `enthält das Byte ${hex}, das es in US-ASCII nicht gibt` : `enthält das Byte ${hex}, das in windows-1252 (ISO-8859-1) kein Zeichen ist`;
      throw encodingError(`Die Anfrage${inField(field)} ${problem}.`, field);
    }
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), LATIN);
  });
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const inField = (field?: string) => (field ? ` (Feld ${field})` : "");

function encodingError(message: string, field?: string): ApiError {
  return new ApiError("invalid_encoding", `${message} ${WHAT_TO_SEND}`, field);
}
