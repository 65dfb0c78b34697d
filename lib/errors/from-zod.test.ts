import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "./domain-error";
import { domainErrorFromZod } from "./from-zod";

const schema = z.object({ to: z.string(), note: z.string().max(5).optional(), mode: z.enum(["a", "b"]).optional(), limit: z.coerce.number().max(500).optional() });
const labels = { to: "Der Empfänger", note: "Die Notiz" };

function refusal(input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("accepted");
  const error = domainErrorFromZod(parsed.error, input, labels);
  expect(error).toBeInstanceOf(DomainError);
  return { code: error.code, field: error.field, message: error.message };
}

describe("domainErrorFromZod", () => {
  it("names a missing field the way the user sees it and keeps the key in field", () => {
    expect(refusal({})).toEqual({ code: "missing_parameter", field: "to", message: "Der Empfänger fehlt." });
  });

  it("says what type a field must have", () => {
    expect(refusal({ to: 42 })).toEqual({ code: "invalid_request", field: "to", message: "Der Empfänger muss ein Text sein." });
  });

  it("states the maximum of a text and of a number", () => {
    expect(refusal({ to: "x", note: "zu lang" })).toMatchObject({ field: "note", message: "Die Notiz darf höchstens 5 Zeichen haben." });
    expect(refusal({ to: "x", limit: "501" })).toMatchObject({ field: "limit", message: "Die Angabe limit darf höchstens 500 sein." });
  });

  it("lists the allowed values of a choice", () => {
    expect(refusal({ to: "x", mode: "c" })).toMatchObject({ field: "mode", message: "Die Angabe mode ist ungültig. Erlaubt: a, b." });
  });
});
