// npm run --silent sms:analyse [-- --optimise] < texts.jsonl
// Reads {"text": "..."} per line and writes one JSON line per input line; blank lines are skipped.
import { createInterface } from "node:readline";
import { analyseJsonLine } from "../lib/sms/bulk-analysis";

const optimise = process.argv.includes("--optimise") || process.argv.includes("--optimize");
if (process.argv.includes("--help")) {
  console.log('Reads JSON lines {"text": "..."} on stdin and writes one analysis per line. Option: --optimise');
  process.exit(0);
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let lineNumber = 0;
let buffer: string[] = [];

for await (const line of lines) {
  lineNumber++;
  if (line.trim() === "") continue;
  buffer.push(JSON.stringify(analyseJsonLine(line, lineNumber, { optimise })));
  if (buffer.length >= 1000) {
    if (!process.stdout.write(buffer.join("\n") + "\n")) await new Promise((resolve) => process.stdout.once("drain", resolve));
    buffer = [];
  }
}
if (buffer.length > 0) process.stdout.write(buffer.join("\n") + "\n");
