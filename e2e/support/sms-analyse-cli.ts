import { spawnSync } from "node:child_process";
import { TSX_NODE_ARGS } from "../../scripts/support/tsx-node-args";

export interface CliAnalysis {
  encoding: "GSM-7" | "UCS-2";
  units: number;
  segments: number;
  parts: string[];
  characters: number;
  optimised?: { applied: boolean; text: string; segments: number; encoding: string };
}

/** What `npm run sms:analyse` says about texts: the reference the pages must match. */
export function analyseWithCli(texts: string[], optimise = false): CliAnalysis[] {
  const result = spawnSync("node", [...TSX_NODE_ARGS, "scripts/sms-analyse.ts", ...(optimise ? ["--optimise"] : [])], {
    input: texts.map((text) => JSON.stringify({ text })).join("\n"),
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim().split("\n").map((line) => JSON.parse(line));
}
