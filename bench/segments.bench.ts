// npm run bench:segments – our segment counter against the npm packages that do the same job,
// on one corpus in one run: messages per second, and every case where a peer disagrees.
import * as trt2 from "@trt2/gsm-charset-utils";
import { SegmentedMessage } from "sms-segments-calculator";
import { count as smsLengthCount } from "sms-length";
import splitSms from "split-sms";
import { segmentSms } from "../lib/sms/segments";
import { STANDARD_CASES } from "../lib/sms/standard-cases";

interface Result {
  encoding: "GSM-7" | "UCS-2";
  segments: number;
  /** UTF-16 length of each part, where the library reports parts. */
  partLengths?: number[];
}

interface Implementation {
  name: string;
  /** The library's own call, as an application would make it: this is what is timed. */
  time(text: string): unknown;
  /** Its answer, normalised for comparison. */
  run(text: string): Result;
}

const IMPLEMENTATIONS: Implementation[] = [
  {
    name: "praxisbote (lib/sms)",
    time: (text) => segmentSms(text),
    run: (text) => {
      const r = segmentSms(text);
      return { encoding: r.encoding, segments: r.segments, partLengths: r.parts.map((p) => p.length) };
    },
  },
  {
    name: "sms-segments-calculator 1.3.0 (Twilio)",
    time: (text) => new SegmentedMessage(text),
    run: (text) => {
      const m = new SegmentedMessage(text);
      // A Segment is an Array subclass whose map/filter build new Segments: copy it out first.
      const partLengths = m.segments.map((segment) =>
        Array.from(segment).reduce((sum, char) => sum + ("raw" in char && !char.isUserDataHeader ? String(char.raw).length : 0), 0),
      );
      return { encoding: m.encodingName === "UCS-2" ? "UCS-2" : "GSM-7", segments: m.segmentsCount, partLengths };
    },
  },
  {
    name: "split-sms 0.1.7",
    time: (text) => splitSms.split(text),
    run: (text) => {
      const r = splitSms.split(text);
      return {
        encoding: r.characterSet === "GSM" ? "GSM-7" : "UCS-2",
        segments: r.parts.length,
        partLengths: r.parts.map((p: { content: string }) => p.content.length),
      };
    },
  },
  {
    name: "@trt2/gsm-charset-utils 1.0.13",
    time: (text) => trt2.getCharCount(text),
    run: (text) => {
      const r = trt2.getCharCount(text);
      return { encoding: r.encoding === "GSM" ? "GSM-7" : "UCS-2", segments: r.msgCount };
    },
  },
  {
    name: "sms-length 0.2.2",
    time: (text) => smsLengthCount(text),
    run: (text) => {
      const r = smsLengthCount(text);
      return { encoding: r.encoding === "UTF16" ? "UCS-2" : "GSM-7", segments: r.messages };
    },
  },
];

// A reproducible corpus shaped like a practice's traffic: reminders and recalls of 60–600
// characters, mostly GSM-7, some with €, typographic punctuation or an emoji.
function buildCorpus(size: number): string[] {
  let seed = 20261126;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const names = ["Müller", "Schmidt", "Özdemir", "Weiß-Brandenburger", "Nguyen", "Fischer", "Çelik", "Jäger"];
  const sentences = [
    "wir erinnern Sie an Ihren Termin am 12.03. um 10:30 Uhr.",
    "bitte bringen Sie Ihre Versichertenkarte mit.",
    "Falls Sie verhindert sind, sagen Sie bitte 24 Stunden vorher ab.",
    "Die Eigenbeteiligung beträgt 25 € [Prophylaxe].",
    "„Ihr Lächeln ist uns wichtig“ – Ihr Praxisteam…",
    "Ihre Praxis Dr. Sommer, Tel. 089 123456",
    "Termine online: https://praxis.example/termin?id=4711",
    "Wir freuen uns auf Sie! 😊",
    "Ab Montag gelten neue Öffnungszeiten: Mo–Fr 8–18 Uhr.",
  ];
  const corpus: string[] = [];
  for (let i = 0; i < size; i++) {
    let text = `Guten Tag Frau ${pick(names)}, `;
    const target = 60 + Math.floor(random() * 540);
    while (text.length < target) text += pick(sentences) + " ";
    corpus.push(text.slice(0, target));
  }
  // Flat strings, as they arrive from a parsed JSON request body.
  return JSON.parse(JSON.stringify(corpus)) as string[];
}

function messagesPerSecond(implementation: Implementation, corpus: string[], milliseconds: number): number {
  let processed = 0;
  let sink: unknown;
  const start = performance.now();
  while (performance.now() - start < milliseconds) {
    for (const text of corpus) sink = implementation.time(text);
    processed += corpus.length;
  }
  // Keeps the optimiser from dropping the calls whose result nobody reads.
  if (sink === start) console.log(sink);
  return processed / ((performance.now() - start) / 1000);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main() {
  const corpus = buildCorpus(2000);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const samples = new Map<string, number[]>(IMPLEMENTATIONS.map((impl) => [impl.name, []]));
  for (const implementation of IMPLEMENTATIONS) messagesPerSecond(implementation, corpus, 300);
  // Interleaved rounds, so that a noisy moment on the machine hits every contender alike.
  for (let round = 0; round < rounds; round++) {
    for (const implementation of IMPLEMENTATIONS) samples.get(implementation.name)!.push(messagesPerSecond(implementation, corpus, 1000));
  }
  const rates = IMPLEMENTATIONS.map((impl) => ({ name: impl.name, rate: median(samples.get(impl.name)!) }));
  const ours = rates[0];
  const fastestPeer = Math.max(...rates.slice(1).map((r) => r.rate));

  console.log(`\nCorpus: ${corpus.length} messages, ${rounds} rounds of 1 s each, median shown. Node ${process.version}.\n`);
  console.log("| implementation | messages/s | ours ÷ it |");
  console.log("| --- | ---: | ---: |");
  for (const { name, rate } of rates) {
    console.log(`| ${name} | ${Math.round(rate).toLocaleString("en-US")} | ${(ours.rate / rate).toFixed(1)}× |`);
  }
  console.log(`\nOurs against the fastest peer: ${(ours.rate / fastestPeer).toFixed(1)}× (target ≥ 3×)\n`);

  console.log("Disagreements on the standard's boundary cases (expected = 3GPP TS 23.038/23.040 unless marked):\n");
  let disagreements = 0;
  for (const implementation of IMPLEMENTATIONS) {
    for (const c of STANDARD_CASES) {
      const got = implementation.run(c.text);
      const problems: string[] = [];
      if (got.encoding !== c.encoding) problems.push(`encoding ${got.encoding}, standard ${c.encoding}`);
      const expected = c.convention ? "ours" : "standard";
      if (got.segments !== c.partLengths.length) problems.push(`${got.segments} parts, ${expected} ${c.partLengths.length}`);
      else if (got.partLengths && got.partLengths.join() !== c.partLengths.join()) {
        problems.push(`parts of ${got.partLengths.join("+")} units, standard ${c.partLengths.join("+")}`);
      }
      if (problems.length > 0) {
        disagreements++;
        const basis = c.convention ? ` (our convention: ${c.convention})` : "";
        console.log(`- ${implementation.name} – ${c.name}: ${problems.join("; ")}${basis}`);
      }
    }
  }
  if (disagreements === 0) console.log("- none");

  console.log("\nWhere peers disagree with us on the generated corpus (encoding or number of parts):\n");
  for (const implementation of IMPLEMENTATIONS.slice(1)) {
    let differing = 0;
    let example = "";
    for (const text of corpus) {
      const a = IMPLEMENTATIONS[0].run(text);
      const b = implementation.run(text);
      if (a.encoding !== b.encoding || a.segments !== b.segments) {
        differing++;
        example ||= `${JSON.stringify(text.slice(0, 40))}… ours ${a.encoding}/${a.segments}, it ${b.encoding}/${b.segments}`;
      }
    }
    console.log(`- ${implementation.name}: ${differing} of ${corpus.length}${example ? ` (e.g. ${example})` : ""}`);
  }
}

main();
