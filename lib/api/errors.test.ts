import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { ApiError, asApiError } from "./errors";

describe("the API's edge for domain errors", () => {
  it("maps a domain code to its status and keeps the German message", async () => {
    const response = asApiError(new DomainError("invalid_sender", "Der Absender ist zu lang.", "from"))!.toResponse();
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "invalid_sender", message: "Der Absender ist zu lang.", field: "from" } });
  });

  it("names a field by the API's own name where it differs", () => {
    expect(ApiError.fromDomain(new DomainError("idempotency_conflict", undefined, "idempotencyKey"))).toMatchObject({ status: 409, field: "Idempotency-Key" });
  });

  it("treats anything else as a bug, not an answer", () => {
    expect(asApiError(new Error("boom"))).toBeNull();
  });
});
