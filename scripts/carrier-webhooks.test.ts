import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { setUpSevenTestServer } from "../lib/carriers/seven/test-server";
import { TSX_NODE_ARGS } from "./support/tsx-node-args";

const seven = setUpSevenTestServer();

// Spawned without blocking: the local seven.io answers from this process.
function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, SEVEN_API_KEY: seven.apiKey, SEVEN_BASE_URL: seven.baseUrl, APP_URL: "https://praxisbote.example", SEVEN_SIGNING_SECRET: "x" };
  return new Promise((resolve) => {
    const child = spawn("node", [...TSX_NODE_ARGS, "scripts/carrier-webhooks.ts", ...args], { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("npm run carrier:webhooks", () => {
  it("checks, registers both hooks as JSON once, and lists what seven.io has", async () => {
    const check = await run("--check");
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("Zustellberichte (dlr): FEHLT");

    const first = await run();
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("Zustellberichte (dlr): angelegt für https://praxisbote.example/api/webhooks/seven");
    expect(first.stdout).toContain("Antworten (sms_mo): angelegt");
    expect(seven.hooks.map((hook) => [hook.event_type, hook.request_method, hook.target_url])).toEqual([
      ["dlr", "JSON", "https://praxisbote.example/api/webhooks/seven"],
      ["sms_mo", "JSON", "https://praxisbote.example/api/webhooks/seven"],
    ]);

    const again = await run();
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Zustellberichte (dlr): vorhanden");
    expect(again.stdout).toContain("#2 sms_mo JSON https://praxisbote.example/api/webhooks/seven");
    expect(seven.hooks).toHaveLength(2);
    expect((await run("--check")).status).toBe(0);
  }, 180_000);
});
