import { describe, expect, it } from "vitest";
import { API_ERRORS } from "./errors";
import { FINAL_STATUSES } from "../messages/status";
import { buildOpenApiDocument } from "./openapi";
import { listQuerySchema } from "./schemas";

const document = buildOpenApiDocument("https://praxisbote.example/api/v1");

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refs(item, found));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") found.push(child);
      else refs(child, found);
    }
  }
  return found;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with every endpoint of the API", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(["/key-check", "/replies", "/sms", "/sms/batch", "/sms/{id}"]);
    expect(Object.keys(document.paths["/sms/{id}"])).toEqual(["get", "delete"]);
  });

  it("resolves every reference", () => {
    for (const ref of refs(document)) {
      const name = ref.replace("#/components/schemas/", "");
      expect(document.components.schemas, ref).toHaveProperty(name);
    }
  });

  it("documents every error code a client can get", () => {
    const text = JSON.stringify(document);
    for (const code of Object.keys(API_ERRORS)) {
      expect(text, code).toContain(`\`${code}\``);
    }
  });

  type Operation = { parameters: { name: string; in: string }[]; responses: Record<string, { headers?: Record<string, unknown> }> };
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods as Record<string, Operation>).map(([method, operation]) => [`${method} ${path}`, operation] as const));

  it("documents 429, 500 and 503 with their headers on every operation", () => {
    for (const [name, { responses }] of operations) {
      expect(Object.keys(responses), name).toEqual(expect.arrayContaining(["401", "429", "500", "503"]));
      expect(Object.keys(responses["429"].headers ?? {}).sort(), name).toEqual(["Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-Request-Id"]);
      expect(Object.keys(responses["503"].headers ?? {}), name).toContain("Retry-After");
    }
  });

  it("names X-Request-Id on every request and every answer, and the rate headers on every success", () => {
    for (const [name, { parameters, responses }] of operations) {
      expect(parameters.map((parameter) => `${parameter.in} ${parameter.name}`), name).toContain("header X-Request-Id");
      for (const [status, response] of Object.entries(responses)) {
        expect(Object.keys(response.headers ?? {}), `${name} ${status}`).toContain("X-Request-Id");
        if (status.startsWith("2")) expect(Object.keys(response.headers ?? {}), `${name} ${status}`).toContain("X-RateLimit-Remaining");
      }
    }
  });

  it("says which statuses are final", () => {
    const status = (document.components.schemas.Sms as unknown as { properties: Record<string, { description: string; "x-final-statuses": string[] }> }).properties.status;
    expect(status["x-final-statuses"]).toEqual([...FINAL_STATUSES]);
    for (const final of FINAL_STATUSES) expect(status.description).toContain(final);
    expect(status.description).not.toContain("buffered");
  });

  it("lists exactly the query parameters GET /sms accepts, the reference among them", () => {
    const list = document.paths["/sms"].get as unknown as Operation;
    expect(list.parameters.filter((parameter) => parameter.in === "query").map((parameter) => parameter.name)).toEqual(Object.keys(listQuerySchema.shape));
    expect(Object.keys(listQuerySchema.shape)).toContain("reference");
  });

  it("describes the request fields the API reads", () => {
    const request = document.components.schemas.SendSmsRequest as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(request.properties).sort()).toEqual(["expiresAt", "from", "location", "reference", "sendAt", "text", "to"]);
    expect(request.required.sort()).toEqual(["text", "to"]);
  });
});

describe("expiresAt in the API", () => {
  it("is refused like sendAt: a 400 naming the field, documented on POST /sms", () => {
    expect(API_ERRORS.invalid_expires_at.status).toBe(API_ERRORS.invalid_send_at.status);
    expect(JSON.stringify((document.paths["/sms"].post.responses as Record<string, unknown>)["400"])).toContain("invalid_expires_at");
    const sms = document.components.schemas.Sms as { properties: Record<string, unknown>; required: string[] };
    expect(sms.required).toContain("expiresAt");
  });
});
