import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { setUpCliTestData } from "./support/cli-test-data";
import { TSX_NODE_ARGS } from "./support/tsx-node-args";

const { env } = setUpCliTestData("sender-cli", { CARRIER: "simulator" });

function script(file: string, ...args: string[]) {
  return spawnSync("node", [...TSX_NODE_ARGS, file, ...args], { encoding: "utf8", env });
}
const sender = (...args: string[]) => script("scripts/sender.ts", ...args);

function createPractice(email: string, ...senders: string[]) {
  return script("scripts/practice-create.ts", "--name", "Zahnarztpraxis Dr. Berg", "--email", email, "--json", ...senders.flatMap((name) => ["--sender", name]));
}

// Every call is a process of its own (tsx, and PGlite without a test server, start each time).

describe("npm run sender and practice:create --sender", () => {
  it("registers names for one practice only, with clear errors and exit codes", () => {
    const created = createPractice("berg@example.test", "Praxis Berg", "Dr. Berg");
    expect(created.stderr).toBe("");
    expect(created.status).toBe(0);
    const { practiceId } = JSON.parse(created.stdout);

    const clash = createPractice("nord@example.test", "praxis berg");
    expect(clash.status).toBe(1);
    expect(clash.stderr).toContain("„praxis berg“ ist schon für eine andere Praxis registriert");
    expect(clash.stderr).toContain("nicht angelegt");
    const other = JSON.parse(createPractice("nord@example.test").stdout).practiceId;

    const taken = sender("add", "--practice", other, "--name", "DR. BERG");
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain("schon für eine andere Praxis registriert");
    const added = sender("add", "--practice", other, "--name", "Praxis Nord");
    expect(added.status).toBe(0);
    expect(added.stdout).toContain("„Praxis Nord“ registriert");

    const list = sender("list", "--practice", practiceId);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/Name +Dr\. Berg +freigeschaltet/);
    expect(list.stdout).toMatch(/Name +Praxis Berg +freigeschaltet/);
    expect(list.stdout).not.toContain("Praxis Nord");

    const unknown = sender("list", "--practice", "00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("gibt es nicht");
  }, 240_000);

  it("frees a number with the code sent by SMS, or with --verified", () => {
    const { practiceId } = JSON.parse(createPractice("code@example.test").stdout);
    const verify = sender("verify", "--practice", practiceId, "--number", "0176 12345600");
    expect(verify.stderr).toBe("");
    expect(verify.status).toBe(0);
    expect(verify.stdout).toContain("Code an +4917612345600 gesendet");
    const code = verify.stdout.match(/Simulator-Code: ([0-9]{6})/)![1];

    const wrong = sender("confirm", "--practice", practiceId, "--number", "+4917612345600", "--code", code === "000000" ? "111111" : "000000");
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("Der Code ist falsch. Noch 2 Versuche.");

    const confirmed = sender("confirm", "--practice", practiceId, "--number", "+4917612345600", "--code", code);
    expect(confirmed.status).toBe(0);
    expect(confirmed.stdout).toContain("+4917612345600 ist bestätigt");

    const withoutCode = sender("add", "--practice", practiceId, "--number", "+4912341234567");
    expect(withoutCode.status).toBe(2);
    expect(withoutCode.stderr).toContain("verify");
    expect(sender("add", "--practice", practiceId, "--number", "+4912341234567", "--number", "004315112345", "--verified").status).toBe(0);
    const list = sender("list", "--practice", practiceId).stdout;
    expect(list).toMatch(/Nummer +\+4912341234567 +freigeschaltet/);
    expect(list).toMatch(/Nummer +\+4315112345 +freigeschaltet/);
    expect(list).toMatch(/Nummer +\+4917612345600 +freigeschaltet/);
  }, 240_000);
});
