import { describe, expect, it } from "vitest";
import { formatCents, priceForSegments, PRICE_LIST } from "./price-list";

describe("price list", () => {
  it("charges every part at the same price", () => {
    expect(priceForSegments(3)).toBe(3 * PRICE_LIST.perPartCents);
    expect(priceForSegments(0)).toBe(0);
  });

  it("formats money the German way", () => {
    expect(formatCents(1900).replace(/\s/g, " ")).toBe("19,00 €");
    expect(formatCents(8).replace(/\s/g, " ")).toBe("0,08 €");
  });
});
