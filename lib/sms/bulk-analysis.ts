import { countCharacters } from "./characters";
import { optimiseSms } from "./optimise";
import { segmentSms, type SmsSegmentation } from "./segments";

// One line of `npm run sms:analyse`: JSON in, JSON out, an error object instead of a crash.

interface SegmentsOutput {
  encoding: SmsSegmentation["encoding"];
  units: number;
  segments: number;
  parts: string[];
}

export type BulkAnalysisOutput =
  | (SegmentsOutput & { characters: number; optimised?: SegmentsOutput & { applied: boolean; text: string } })
  | { error: { code: "invalid_json" | "invalid_input"; message: string; line: number } };

function segmentsOutput({ encoding, units, segments, parts }: SmsSegmentation): SegmentsOutput {
  return { encoding, units, segments, parts };
}

export function analyseJsonLine(line: string, lineNumber: number, options: { optimise: boolean }): BulkAnalysisOutput {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { error: { code: "invalid_json", message: (error as Error).message, line: lineNumber } };
  }
  const text = (input as { text?: unknown } | null)?.text;
  if (typeof input !== "object" || input === null || Array.isArray(input) || typeof text !== "string") {
    return { error: { code: "invalid_input", message: 'expected an object like {"text": "..."}', line: lineNumber } };
  }
  const segmentation = segmentSms(text);
  const output: BulkAnalysisOutput = { ...segmentsOutput(segmentation), characters: countCharacters(text) };
  if (options.optimise) {
    const result = optimiseSms(text);
    output.optimised = { applied: result.applied, text: result.text, ...segmentsOutput(result.after) };
  }
  return output;
}
