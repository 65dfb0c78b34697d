import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { validateSmsRequest } from "../messages/validate-sms-request";
import { buildOptimisationList } from "./optimisation-list";

const refusedByApi = (character: string) => {
  try {
    validateSmsRequest({ to: "+4917612345678", from: "Praxis", text: `Termin${character}morgen` }, { optimiseCharacters: false, replyNumber: null, defaultSender: null, country: "DE" }, new Date());
    return false;
  } catch (error) {
    if (error instanceof DomainError && error.field === "text") return true;
    throw error;
  }
};

describe("the public optimisation list", () => {
  it("marks as refused exactly the table's characters the API refuses", () => {
    const { replaced, refused } = buildOptimisationList();
    for (const entry of refused) expect(refusedByApi(entry.from), JSON.stringify(entry.from)).toBe(true);
    for (const entry of replaced) expect(refusedByApi(entry.from), JSON.stringify(entry.from)).toBe(false);
  });

  it("lists refused characters apart from those the optimisation removes", () => {
    const { replaced, refused } = buildOptimisationList();
    expect(refused.map((entry) => entry.from)).toContain("\u0000");
    expect(replaced.map((entry) => entry.from)).not.toContain("\u0000");
    expect(replaced.find((entry) => entry.from === "\u200b")?.to).toBe("");
    expect(replaced.find((entry) => entry.from === "\t")?.to).toBe(" ");
  });
});
