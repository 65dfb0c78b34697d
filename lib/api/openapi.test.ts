import { describe, expect, it } from "vitest";
import { API_ERRORS } from "./errors";
import { FINAL_STATUSES } from "../messages/status";
import { buildOpenApiDocument } from "./openapi";
import { listQuerySchema } from "./schemas";
import { TEST_EVENT_TYPE, WEBHOOK_EVENT_TYPES } from "../pvs-webhooks/event-types";
import { RETRY_DELAYS_MS } from "../pvs-webhooks/retry-schedule";

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

  it("describes test keys in the security schemes and the sandbox flag of every message", () => {
    const { bearer, apiKey } = document.components.securitySchemes;
    for (const scheme of [bearer, apiKey]) expect(scheme.description).toMatch(/pb_test_.*Simulator/);
    const sms = document.components.schemas.Sms as { properties: Record<string, { type?: string }>; required: string[] };
    expect(sms.properties.sandbox).toMatchObject({ type: "boolean" });
    expect(sms.required).toContain("sandbox");
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

describe("the webhooks section", () => {
  type WebhookOperation = {
    parameters: { name: string; in: string; required: boolean; description: string }[];
    requestBody: { content: { "application/json": { schema: { required: string[]; properties: { type: { const: string }; data: Record<string, unknown> } } } } };
    responses: Record<string, unknown>;
    description: string;
  };
  const webhooks = document.webhooks as Record<string, { post: WebhookOperation }>;
  const dataOf = (type: string) => JSON.stringify(webhooks[type].post.requestBody.content["application/json"].schema.properties.data);

  it("describes every event type we send, and the portal's test event", () => {
    expect(Object.keys(webhooks)).toEqual([...WEBHOOK_EVENT_TYPES, TEST_EVENT_TYPE]);
    for (const [type, { post }] of Object.entries(webhooks)) {
      const body = post.requestBody.content["application/json"].schema;
      expect(body.required, type).toEqual(["type", "timestamp", "data"]);
      expect(body.properties.type, type).toEqual({ const: type });
      expect(Object.keys(post.responses), type).toContain("2XX");
    }
  });

  it("gives message events the message of GET /sms/{id} and replies the reply of GET /replies", () => {
    for (const type of WEBHOOK_EVENT_TYPES.filter((type) => type.startsWith("message."))) expect(dataOf(type), type).toContain("#/components/schemas/Sms\"");
    expect(dataOf("reply.received")).toBe(JSON.stringify({ $ref: "#/components/schemas/Reply" }));
    expect(dataOf("recipient.opted_out")).toBe(JSON.stringify({ $ref: "#/components/schemas/WebhookOptOut" }));
    const optOut = document.components.schemas.WebhookOptOut as { required: string[] };
    expect(optOut.required.sort()).toEqual(["optedOutAt", "replyId", "to"]);
  });

  it("names the three Standard Webhooks headers, the retry schedule and how to order events", () => {
    for (const [type, { post }] of Object.entries(webhooks)) {
      expect(post.parameters.map((parameter) => `${parameter.in} ${parameter.name} ${parameter.required}`), type).toEqual([
        "header webhook-id true",
        "header webhook-timestamp true",
        "header webhook-signature true",
      ]);
    }
    const { post } = webhooks["message.delivered"];
    expect(post.parameters[2].description).toContain("v1,");
    expect(post.description).toContain(`${RETRY_DELAYS_MS[0] / 1000} s, 5 min, 30 min, 2 h, 5 h, 10 h`);
    expect(post.description).toMatch(/3 Tage/);
    expect(post.description).toContain("updatedAt");
  });
});
