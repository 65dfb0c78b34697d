import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { STANDARD_CASES } from "../lib/sms/standard-cases";
import { TSX_NODE_ARGS } from "./support/tsx-node-args";

function runCli(input: string, args: string[] = []) {
  const result = spawnSync("node", [...TSX_NODE_ARGS, "scripts/sms-analyse.ts", ...args], { input, encoding: "utf8" });
  expect(result.status).toBe(0);
  return result.stdout.trim().split("\n").map((line) => JSON.parse(line));
}

describe("npm run sms:analyse", () => {
  it("agrees with the standard on every boundary case", () => {
    const outputs = runCli(STANDARD_CASES.map((c) => JSON.stringify({ text: c.text })).join("\n"));
    expect(outputs).toHaveLength(STANDARD_CASES.length);
    STANDARD_CASES.forEach((c, i) => {
      const output = outputs[i];
      expect({ name: c.name, encoding: output.encoding, units: output.units }).toEqual({ name: c.name, encoding: c.encoding, units: c.units });
      expect(output.segments, c.name).toBe(c.partLengths.length);
      expect(output.parts.map((part: string) => part.length), c.name).toEqual(c.partLengths);
      expect(output.parts.join(""), c.name).toBe(c.text);
    });
  });

  it("answers a broken line with an error line and goes on", () => {
    const outputs = runCli(['{"text":"a"}', "{kaputt", '{"txt":1}', "", '{"text":"b"}'].join("\n"));
    expect(outputs).toEqual([
      expect.objectContaining({ encoding: "GSM-7", segments: 1 }),
      { error: expect.objectContaining({ code: "invalid_json", line: 2 }) },
      { error: expect.objectContaining({ code: "invalid_input", line: 3 }) },
      expect.objectContaining({ parts: ["b"] }),
    ]);
  });

  it("adds the optimised text with --optimise", () => {
    const text = "„" + "a".repeat(100) + "“";
    const [output] = runCli(JSON.stringify({ text }), ["--optimise"]);
    expect(output).toMatchObject({ encoding: "UCS-2", segments: 2 });
    expect(output.optimised).toMatchObject({ applied: true, encoding: "GSM-7", segments: 1, text: `"${"a".repeat(100)}"` });
  });
});
