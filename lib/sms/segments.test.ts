import { describe, expect, it } from "vitest";
import { partUnits, segmentSms } from "./segments";

const gsm = (n: number) => "a".repeat(n);
const ucs = (n: number) => "ж".repeat(n);

describe("segmentSms – GSM-7", () => {
  it.each([
    [0, 0],
    [1, 1],
    [160, 1],
    [161, 2],
    [306, 2],
    [307, 3],
    [459, 3],
    [460, 4],
  ])("%i septets make %i parts", (length, segments) => {
    const result = segmentSms(gsm(length));
    expect(result.encoding).toBe("GSM-7");
    expect(result.units).toBe(length);
    expect(result.segments).toBe(segments);
    expect(result.parts.join("")).toBe(gsm(length));
  });

  it("fills concatenated parts with 153 septets", () => {
    expect(segmentSms(gsm(307)).parts.map((p) => p.length)).toEqual([153, 153, 1]);
  });

  it("counts extension characters as two septets", () => {
    const result = segmentSms("Preis: 5€ [inkl.]");
    expect(result.encoding).toBe("GSM-7");
    expect(result.units).toBe(17 + 3);
  });

  it("counts 80 euro signs as 160 septets in one part, 81 as two parts", () => {
    expect(segmentSms("€".repeat(80))).toMatchObject({ units: 160, segments: 1 });
    expect(segmentSms("€".repeat(81))).toMatchObject({ units: 162, segments: 2 });
  });

  it("moves an escape pair that would straddle 153 whole into the next part", () => {
    // 152 septets, then € (2 septets) would end at 154: it opens part two instead.
    const text = gsm(152) + "€" + gsm(10);
    const result = segmentSms(text);
    expect(result.parts[0]).toBe(gsm(152));
    expect(result.parts[1]).toBe("€" + gsm(10));
    expect(result.segments).toBe(2);
  });

  it("keeps an escape pair that ends exactly at 153 in the first part", () => {
    const text = gsm(151) + "€" + gsm(10);
    const result = segmentSms(text);
    expect(result.parts[0]).toBe(gsm(151) + "€");
    expect(result.parts[1]).toBe(gsm(10));
  });

  it("treats German umlauts and ß as GSM-7", () => {
    const result = segmentSms("Schöne Grüße aus der Zahnarztpraxis Müller: Äpfel, Öl, Übung, ß");
    expect(result.encoding).toBe("GSM-7");
    expect(result.units).toBe(63);
  });

  it("has capital Ç in the basic table but not small ç", () => {
    expect(segmentSms("Ç").encoding).toBe("GSM-7");
    expect(segmentSms("ç").encoding).toBe("UCS-2");
  });

  it("counts CR and LF as one septet each", () => {
    expect(segmentSms("a\r\nb")).toMatchObject({ encoding: "GSM-7", units: 4 });
  });

  it("counts the form feed as an extension character", () => {
    expect(segmentSms("a\fb")).toMatchObject({ encoding: "GSM-7", units: 4 });
  });

  it("reports the room left in the last part", () => {
    expect(segmentSms(gsm(150)).remaining).toBe(10);
    expect(segmentSms(gsm(161)).remaining).toBe(153 - 8);
    expect(segmentSms("").remaining).toBe(160);
  });
});

describe("segmentSms – UCS-2", () => {
  it.each([
    [70, 1],
    [71, 2],
    [134, 2],
    [135, 3],
  ])("%i code units make %i parts", (length, segments) => {
    const result = segmentSms(ucs(length));
    expect(result.encoding).toBe("UCS-2");
    expect(result.units).toBe(length);
    expect(result.segments).toBe(segments);
    expect(result.parts.join("")).toBe(ucs(length));
  });

  it.each([
    ["„Termin“", "typographic quotes"],
    ["Bitte rufen Sie uns an – danke", "en dash"],
    ["Wir freuen uns’", "typographic apostrophe"],
    ["Bis bald…", "ellipsis"],
    ["10\u00a0Uhr", "no-break space"],
  ])("switches to UCS-2 for %s (%s)", (text) => {
    expect(segmentSms(text).encoding).toBe("UCS-2");
  });

  it("never splits an emoji across parts", () => {
    // 66 units, then a two-unit emoji would straddle the 67-unit boundary.
    const text = ucs(66) + "😀" + ucs(10);
    const result = segmentSms(text);
    expect(result.parts[0]).toBe(ucs(66));
    expect(result.parts[1]).toBe("😀" + ucs(10));
    expect(result.units).toBe(78);
  });

  it("keeps an emoji that ends exactly at 67 in the first part", () => {
    const text = ucs(65) + "😀" + ucs(10);
    expect(segmentSms(text).parts[0]).toBe(ucs(65) + "😀");
  });

  it("counts emoji as two code units and ZWJ sequences unit by unit", () => {
    expect(segmentSms("😀").units).toBe(2);
    // man + ZWJ + woman + ZWJ + girl: 2 + 1 + 2 + 1 + 2
    expect(segmentSms("👨\u200d👩\u200d👧").units).toBe(8);
    // a flag is two regional indicators of two units each
    expect(segmentSms("🇩🇪").units).toBe(4);
  });

  it("counts a combining mark as a code unit of its own", () => {
    expect(segmentSms("e\u0301")).toMatchObject({ encoding: "UCS-2", units: 2 });
  });

  it("splits a long emoji text without breaking surrogate pairs", () => {
    const text = "😀".repeat(100);
    const result = segmentSms(text);
    for (const part of result.parts) expect(part.isWellFormed()).toBe(true);
    expect(result.parts.map((p) => p.length)).toEqual([66, 66, 66, 2]);
    expect(result.parts.join("")).toBe(text);
  });
});

describe("segmentSms – empty text", () => {
  it("is GSM-7 with no parts", () => {
    expect(segmentSms("")).toEqual({ encoding: "GSM-7", units: 0, segments: 0, parts: [], remaining: 160 });
  });
});

describe("partUnits", () => {
  it("measures a part in its message's encoding", () => {
    expect(partUnits("a€", "GSM-7")).toBe(3);
    expect(partUnits("a€", "UCS-2")).toBe(2);
  });
});
