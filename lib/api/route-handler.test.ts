import { afterEach, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { createCaller } from "../../db/testing/fixtures";
import { ApiError } from "./errors";
import { apiRoute, otherMethods, requestIdFrom } from "./route-handler";

const database = setUpTestDatabase();
vi.mock("../../db/client", async (original) => ({ ...(await original<typeof import("../../db/client")>()), getDb: async () => database.db }));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
type Route = ReturnType<typeof apiRoute<Record<string, never>>>;
const call = (route: Route, headers: Record<string, string>) => route(new Request("http://api.test/api/v1/key-check", { headers }), { params: Promise.resolve({}) });

afterEach(() => vi.restoreAllMocks());

describe("the request id", () => {
  it("echoes a valid id and makes a new one for anything else", () => {
    const withId = (id: string) => requestIdFrom(new Request("http://api.test", { headers: { "X-Request-Id": id } }));
    expect(withId("pvs-4711/termin#3")).toBe("pvs-4711/termin#3");
    expect(withId("x".repeat(128))).toBe("x".repeat(128));
    for (const invalid of ["", "mit leerzeichen", "x".repeat(129), "grüße", "a\tb"]) expect(withId(invalid), invalid).toMatch(UUID);
    expect(requestIdFrom(new Request("http://api.test"))).toMatch(UUID);
  });

  it("comes with a successful answer", async () => {
    const { apiKey } = await createCaller(database.db);
    const route = apiRoute(async () => Response.json({ ok: true }));
    const response = await call(route, { authorization: `Bearer ${apiKey}`, "x-request-id": "pvs-1" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("pvs-1");
    expect(response.headers.get("x-ratelimit-limit")).not.toBeNull();
    const fresh = await call(route, { authorization: `Bearer ${apiKey}` });
    expect(fresh.headers.get("x-request-id")).toMatch(UUID);
  });

  it("is named in a refusal's header and German message", async () => {
    const response = await call(apiRoute(async () => Response.json({})), { authorization: "Bearer pb_live_unbekannt", "x-request-id": "pvs-2" });
    expect(response.status).toBe(401);
    expect(response.headers.get("x-request-id")).toBe("pvs-2");
    expect((await response.json()).error).toEqual({ code: "invalid_api_key", message: "Der API-Key ist ungültig oder wurde widerrufen. Fehler-ID: pvs-2" });
  });

  it("is in the log line and the answer of a bug, which shows nothing else", async () => {
    const { apiKey } = await createCaller(database.db);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const route = apiRoute(async () => {
      throw new Error("boom +4917612345678");
    });
    const response = await call(route, { authorization: `Bearer ${apiKey}` });
    const id = response.headers.get("x-request-id")!;
    expect(id).toMatch(UUID);
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error.code).toBe("internal_error");
    expect(body.error.message).toContain(`Fehler-ID: ${id}`);
    expect(body.error.message).not.toContain("boom");
    expect(log.mock.calls.flat().join(" ")).toContain(id);
  });
});

describe("methods a route does not have", () => {
  it("answer 405 with the JSON envelope, Allow and a request id", async () => {
    const { PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
    expect([PUT, PATCH, DELETE, HEAD].every((handler) => typeof handler === "function")).toBe(true);
    const response = PUT(new Request("http://api.test/api/v1/sms/batch", { method: "PUT", headers: { "x-request-id": "pvs-3" } }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST, OPTIONS");
    expect(response.headers.get("x-request-id")).toBe("pvs-3");
    expect((await response.json()).error).toMatchObject({ code: "method_not_allowed", message: expect.stringContaining("nur POST") });
    expect(otherMethods("GET", "DELETE").POST(new Request("http://api.test", { method: "POST" })).headers.get("allow")).toBe("GET, HEAD, DELETE, OPTIONS");
    expect(Object.keys(otherMethods("GET", "POST")).sort()).toEqual(["DELETE", "PATCH", "PUT"]);
  });
});

describe("ApiError without a request", () => {
  it("keeps its message as it is", async () => {
    expect((await new ApiError("not_found").toResponse().json()).error.message).toBe("Diese SMS gibt es nicht.");
  });
});
