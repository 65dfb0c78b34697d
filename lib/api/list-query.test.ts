import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { ApiError } from "./errors";
import { parseListQuery } from "./list-query";

const parse = (query: string) => parseListQuery(new URL(`http://api.test/api/v1/sms${query}`));

function refusal(query: string) {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof ApiError || error instanceof DomainError) return { code: error.code, field: error.field, message: error.message };
    throw error;
  }
  throw new Error("accepted");
}

describe("GET /sms query", () => {
  it("reads the filters, the reference among them", () => {
    expect(parse("?status=sent&reference=termin-4711&since=2026-11-27T09:00:00%2B01:00&limit=5")).toEqual({
      status: "sent",
      reference: "termin-4711",
      since: new Date("2026-11-27T08:00:00Z"),
      after: undefined,
      limit: 5,
    });
    expect(parse("")).toMatchObject({ limit: 100, reference: undefined });
  });

  it("refuses a parameter it does not know, naming it and the ones it knows", () => {
    expect(refusal("?referenz=termin-4711")).toEqual({
      code: "invalid_request",
      field: "referenz",
      message: "Den Parameter referenz gibt es nicht. Erlaubt sind: status, since, reference, cursor, limit.",
    });
  });

  it("refuses a parameter given twice instead of using one of them", () => {
    expect(refusal("?status=sent&status=delivered")).toMatchObject({ code: "invalid_request", field: "status" });
  });

  it("shows the expected format of since, and spots a plus that arrived as a space", () => {
    const wrong = refusal("?since=27.11.2026");
    expect(wrong).toMatchObject({ code: "invalid_request", field: "since" });
    expect(wrong.message).toContain("2026-11-27T08:00:00Z oder 2026-11-27T09:00:00%2B01:00");
    expect(refusal("?since=0000-01-01T00:00:00Z").message).toContain("2026-11-27T08:00:00Z");
    expect(refusal("?since=2026-11-27T09:00:00+01:00").message).toContain("+ als %2B kodiert");
  });

  it("refuses an empty or overlong reference", () => {
    expect(refusal("?reference=")).toMatchObject({ code: "invalid_request", field: "reference" });
    expect(refusal(`?reference=${"x".repeat(101)}`)).toMatchObject({ code: "invalid_request", field: "reference" });
  });
});
