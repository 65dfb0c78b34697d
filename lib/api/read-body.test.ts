import { describe, expect, it } from "vitest";
import { ApiError } from "./errors";
import { readBody } from "./read-body";

const request = (body: BodyInit, contentType?: string, headers: Record<string, string> = {}) =>
  new Request("http://api.test/api/v1/sms", { method: "POST", body, headers: { ...(contentType ? { "content-type": contentType } : {}), ...headers } });

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("no error");
}

const failure = async (promise: Promise<unknown>) => (await refusal(promise)).code;

const FORM = "application/x-www-form-urlencoded";
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "latin1") : Buffer.from(part))));

describe("readBody", () => {
  it("reads JSON and forms", async () => {
    expect(await readBody(request('{"to":"+4917612345678"}', "application/json; charset=utf-8"), 1024)).toEqual({ to: "+4917612345678" });
    expect(await readBody(request("to=%2B4917612345678&text=Hallo+Welt", "application/x-www-form-urlencoded"), 1024)).toEqual({
      to: "+4917612345678",
      text: "Hallo Welt",
    });
  });

  it("restores a plus that an old PVS left unencoded in a number", async () => {
    expect(
      await readBody(request("to=+4917612345678&from=+4912345&text=+1+Termin&sendAt=2027-03-01T09:00:00+01:00", "application/x-www-form-urlencoded"), 1024),
    ).toEqual({ to: "+4917612345678", from: "+4912345", text: " 1 Termin", sendAt: "2027-03-01T09:00:00+01:00" });
  });

  it("refuses other media types, oversized, malformed and non-UTF-8 bodies", async () => {
    expect(await failure(readBody(request("to=1", "text/plain"), 1024))).toBe("unsupported_media_type");
    expect(await failure(readBody(request("{}"), 1024))).toBe("unsupported_media_type");
    expect(await failure(readBody(request("x".repeat(2048), "application/json"), 1024))).toBe("payload_too_large");
    expect(await failure(readBody(request("{}", "application/json", { "content-length": "999999" }), 1024))).toBe("payload_too_large");
    expect(await failure(readBody(request('{"to": ', "application/json"), 1024))).toBe("invalid_request");
  });
});

describe("readBody with the charset an old PVS declares", () => {
  it("reads a Latin-1 form, escaped or raw, as the umlauts it meant", async () => {
    expect(await readBody(request("text=Gr%FC%DFe+aus+K%F6ln", `${FORM}; charset=ISO-8859-1`), 1024)).toEqual({ text: "Grüße aus Köln" });
    expect(await readBody(request(bytes("text=Gr", [0xfc, 0xdf], "e"), `${FORM}; charset="latin1"`), 1024)).toEqual({ text: "Grüße" });
  });

  it("reads € „ “ from windows-1252, also under the ISO-8859-1 label", async () => {
    const text = { text: "„Termin“ 25 €" };
    expect(await readBody(request("text=%84Termin%93+25+%80", `${FORM}; charset=windows-1252`), 1024)).toEqual(text);
    expect(await readBody(request("text=%84Termin%93+25+%80", `${FORM}; Charset=CP1252`), 1024)).toEqual(text);
    expect(await readBody(request("text=%84Termin%93+25+%80", `${FORM}; charset=ISO-8859-1`), 1024)).toEqual(text);
  });

  it("reads a UTF-8 form, declared or not", async () => {
    expect(await readBody(request("text=Gr%C3%BC%C3%9Fe+%E2%82%AC", FORM), 1024)).toEqual({ text: "Grüße €" });
    expect(await readBody(request("text=Gr%C3%BC%C3%9Fe", `${FORM}; charset=utf-8`), 1024)).toEqual({ text: "Grüße" });
  });

  it("reads JSON in Latin-1", async () => {
    const body = bytes('{"text": "Gr', [0xfc, 0xdf], 'e, 25 ', [0x80], '"}');
    expect(await readBody(request(body, "application/json; charset=iso-8859-1"), 1024)).toEqual({ text: "Grüße, 25 €" });
  });

  // Until the label was honoured it was ignored, so such PVS worked; mojibake must not reach a patient.
  it("reads UTF-8 that is labelled Latin-1 as UTF-8, not as mojibake", async () => {
    expect(await readBody(request("text=Gr%C3%BC%C3%9Fe", `${FORM}; charset=ISO-8859-1`), 1024)).toEqual({ text: "Grüße" });
    expect(await readBody(request(bytes('{"text":"', [0xc3, 0xbc], '"}'), "application/json; charset=windows-1252"), 1024)).toEqual({ text: "ü" });
  });

  it("refuses bytes that are not valid in the declared charset, naming the field", async () => {
    const latin1AsUtf8 = await refusal(readBody(request("to=%2B4917612345678&text=Gr%FC%DFe", FORM), 1024));
    expect(latin1AsUtf8).toMatchObject({ code: "invalid_encoding", status: 400, field: "text" });
    expect(latin1AsUtf8.message).toContain("charset=ISO-8859-1");
    expect(await failure(readBody(request("text=Gr%FC%DFe", `${FORM}; charset=utf-8`), 1024))).toBe("invalid_encoding");
    expect(await failure(readBody(request(new Uint8Array([0x7b, 0xff, 0x7d]), "application/json"), 1024))).toBe("invalid_encoding");
    expect(await refusal(readBody(request("text=a%81b", `${FORM}; charset=windows-1252`), 1024))).toMatchObject({ code: "invalid_encoding", field: "text" });
    expect(await failure(readBody(request("text=Gr%FCn", `${FORM}; charset=us-ascii`), 1024))).toBe("invalid_encoding");
  });

  it("keeps a replacement character only when the client sent one", async () => {
    expect(await readBody(request("text=%EF%BF%BD", FORM), 1024)).toEqual({ text: "\uFFFD" });
    for (const body of ["text=%FF", "text=%ED%A0%80", "text=%C3"]) {
      expect(await failure(readBody(request(body, FORM), 1024)), body).toBe("invalid_encoding");
    }
  });

  it("refuses a charset it does not know with a 415 that says what to send", async () => {
    const unknown = await refusal(readBody(request('{"text":"x"}', "application/json; charset=utf-16"), 1024));
    expect(unknown).toMatchObject({ code: "unsupported_media_type", status: 415, field: "Content-Type" });
    expect(unknown.message).toContain("„utf-16“");
    expect(unknown.message).toContain("UTF-8");
  });

  it("keeps percent signs that escape nothing, and a field named __proto__ as a field", async () => {
    expect(await readBody(request("text=100%+sicher%2", FORM), 1024)).toEqual({ text: "100% sicher%2" });
    const fields = (await readBody(request("__proto__=x&text=y", FORM), 1024)) as Record<string, string>;
    expect(Object.keys(fields)).toEqual(["__proto__", "text"]);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });
});
