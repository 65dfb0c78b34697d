import { describe, expect, it } from "vitest";
import { API_ERRORS } from "./errors";
import { buildOpenApiDocument } from "./openapi";

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
    expect(Object.keys(document.paths).sort()).toEqual(["/key-check", "/sms", "/sms/batch", "/sms/{id}"]);
    expect(Object.keys(document.paths["/sms/{id}"])).toEqual(["get", "delete"]);
  });

  it("resolves every reference", () => {
    for (const ref of refs(document)) {
      const name = ref.replace("#/components/schemas/", "");
      expect(document.components.schemas, ref).toHaveProperty(name);
    }
  });

  it("documents every error code a client can get", () => {
    const text = JSON.stringify(document.paths);
    for (const code of Object.keys(API_ERRORS).filter((c) => c !== "internal_error")) {
      expect(text, code).toContain(`\`${code}\``);
    }
  });

  it("describes the request fields the API reads", () => {
    const request = document.components.schemas.SendSmsRequest as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(request.properties).sort()).toEqual(["from", "location", "reference", "sendAt", "text", "to"]);
    expect(request.required.sort()).toEqual(["text", "to"]);
  });
});
