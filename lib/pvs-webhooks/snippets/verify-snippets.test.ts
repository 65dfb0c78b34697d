import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, describe, expect, it } from "vitest";
import { generateWebhookSecret } from "../secrets";
import { verifySnippetPath } from "./verify-snippets";

// Starts each published snippet as a real receiver and sends it what our sender sends:
// a body signed by the official package, then tampered, stale and wrongly signed copies.

const secret = generateWebhookSecret();
const children: ChildProcess[] = [];
afterAll(() => children.forEach((child) => child.kill()));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The receiver's process, its output, and its URL once it answers. */
async function startReceiver(command: string, args: (port: number) => string[]) {
  const port = await freePort();
  const child = spawn(command, args(port), { env: { ...process.env, PORT: String(port), PRAXISBOTE_WEBHOOK_SECRET: secret }, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    try {
      await fetch(url, { method: "POST", body: "" });
      break;
    } catch (error) {
      if (tries > 100 || child.exitCode !== null) throw new Error(`${command} did not start: ${output}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return { url, output: () => output };
}

function signed(body: string, { key = secret, at = new Date(), id = `msg_${randomUUID()}` } = {}) {
  const signature = new Webhook(key).sign(id, at, body);
  return { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(Math.floor(at.getTime() / 1000)), "webhook-signature": signature };
}

const event = (text: string) =>
  JSON.stringify({ type: "message.delivered", timestamp: new Date().toISOString(), data: { id: randomUUID(), status: "delivered", reference: "termin-4711", text } });

const post = async (url: string, headers: Record<string, string>, body: string) => (await fetch(url, { method: "POST", headers, body })).status;

describe.each([
  ["Node", "node", () => [verifySnippetPath("node")]],
  ["PHP", "php", (port: number) => ["-S", `127.0.0.1:${port}`, verifySnippetPath("php")]],
] as const)("the %s snippet on the docs page", (_name, command, args) => {
  it("accepts what we sign and refuses tampered, stale and foreign signatures", async () => {
    const receiver = await startReceiver(command, args);
    const body = event("Ihr Termin morgen um 10 Uhr – Grüße, Zahnarztpraxis Müller 😀");
    const headers = signed(body);
    expect(await post(receiver.url, headers, body)).toBe(204);
    expect(await post(receiver.url, headers, body.replace("10 Uhr", "11 Uhr"))).toBe(400);
    expect(await post(receiver.url, signed(body, { at: new Date(Date.now() - 6 * 60_000) }), body)).toBe(400);
    expect(await post(receiver.url, signed(body, { key: generateWebhookSecret() }), body)).toBe(400);
    expect(await post(receiver.url, { ...headers, "webhook-id": "msg_other" }, body)).toBe(400);
    await expect.poll(() => receiver.output()).toContain("termin-4711");
    expect(receiver.output().match(/message\.delivered/g)).toHaveLength(1);
  });

  it("accepts either signature while a rotated secret still signs", async () => {
    const receiver = await startReceiver(command, args);
    const body = event("Erinnerung");
    const id = `msg_${randomUUID()}`;
    const at = new Date();
    const oldAndNew = `${signed(body, { key: generateWebhookSecret(), id, at })["webhook-signature"]} ${signed(body, { id, at })["webhook-signature"]}`;
    expect(await post(receiver.url, { ...signed(body, { id, at }), "webhook-signature": oldAndNew }, body)).toBe(204);
  });
});
