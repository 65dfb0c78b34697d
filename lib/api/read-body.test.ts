import { describe, expect, it } from "vitest";
import { ApiError } from "./errors";
import { readBody } from "./read-body";

const request = (body: BodyInit, contentType?: string, headers: Record<string, string> = {}) =>
  new Request("http://api.test/api/v1/sms", { method: "POST", body, headers: { ...(contentType ? { "content-type": contentType } : {}), ...headers } });

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
  throw new Error("no error");
}

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
    expect(await failure(readBody(request(new Uint8Array([0x7b, 0xff, 0x7d]), "application/json"), 1024))).toBe("invalid_request");
  });
});
