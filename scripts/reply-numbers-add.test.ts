import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { setUpCliTestData } from "./support/cli-test-data";
import { TSX_NODE_ARGS } from "./support/tsx-node-args";

const { env } = setUpCliTestData("reply-numbers-cli", { CARRIER: "simulator", DEMO_DATA: "0" });
const addNumbers = (...args: string[]) => spawnSync("node", [...TSX_NODE_ARGS, "scripts/reply-numbers-add.ts", ...args], { encoding: "utf8", env });

describe("npm run reply-numbers:add", () => {
  it("adds numbers to the pool once, and refuses what is not a number", () => {
    const added = addNumbers("+4915112345601", "004915112345602");
    expect(added.stderr).toBe("");
    expect(added.status).toBe(0);
    expect(added.stdout).toContain("Antwortnummer +4915112345601 aufgenommen.");
    expect(added.stdout).toContain("Antwortnummer +4915112345602 aufgenommen.");

    const again = addNumbers("+4915112345601");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("+4915112345601 war schon im Vorrat");

    const wrong = addNumbers("Praxis");
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("keine Nummer");
    expect(addNumbers().status).toBe(2);
  }, 120_000);
});
