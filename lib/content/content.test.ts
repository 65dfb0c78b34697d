import { describe, expect, it } from "vitest";
import { isGsmText } from "../sms/gsm-charset";
import { segmentSms } from "../sms/segments";
import { FAQ_GROUPS } from "./faq";
import { fillTemplate } from "./fill-template";
import { isLinkablePath } from "./site-pages";
import { PLACEHOLDERS, TEMPLATES } from "./templates";

const examples = Object.fromEntries(PLACEHOLDERS.map((p) => [p.key, p.example]));
const TREATMENTS = /prophylaxe|kontrolle|zahnreinigung|vorsorge|behandlung|füllung|wurzel|implantat|krone|bleaching/i;

describe("the template gallery", () => {
  it("has at least 8 reminders, 5 recalls and 3 recalls with a booking link", () => {
    const count = (category: string) => TEMPLATES.filter((t) => t.category === category).length;
    expect(count("terminerinnerung")).toBeGreaterThanOrEqual(8);
    expect(count("recall")).toBeGreaterThanOrEqual(5);
    expect(count("recall-online")).toBeGreaterThanOrEqual(3);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))("%s names the practice and its phone, no treatment, GSM-7 only", (_id, template) => {
    expect(template.text).toContain("{Praxis}");
    expect(template.text).toContain("{Telefon}");
    if (template.category === "recall-online") expect(template.text).toContain("{Link}");
    expect(template.text).not.toMatch(TREATMENTS);
    const filled = fillTemplate(template.text, examples);
    expect(filled).not.toMatch(/\{[A-Za-z]+\}/);
    expect(isGsmText(filled)).toBe(true);
    expect(segmentSms(filled).segments).toBeLessThanOrEqual(template.category === "recall-online" ? 2 : 1);
  });

  it("uses GSM-7 example and worst-case values", () => {
    for (const placeholder of PLACEHOLDERS) {
      expect(isGsmText(placeholder.example), placeholder.key).toBe(true);
      expect(isGsmText(placeholder.worstCase), placeholder.key).toBe(true);
      expect(placeholder.worstCase.length).toBeGreaterThanOrEqual(placeholder.example.length);
    }
  });
});

describe("the FAQ", () => {
  const entries = FAQ_GROUPS.flatMap((group) => group.entries);

  it("gives every answer a unique anchor", () => {
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("links only to answers that exist", () => {
    const ids = new Set(entries.map((entry) => entry.id));
    const texts = JSON.stringify(FAQ_GROUPS);
    for (const [, anchor] of texts.matchAll(/\(\/faq#([^)]+)\)/g)) expect(ids, anchor).toContain(anchor);
  });

  it("fills a template's placeholders", () => {
    expect(fillTemplate("Hallo {Vorname} {Unbekannt}", { Vorname: "Lena" })).toBe("Hallo Lena {Unbekannt}");
    expect(isLinkablePath("/faq#x")).toBe(true);
    expect(isLinkablePath("/sms/scheduled")).toBe(false);
  });
});
