import { expect, test } from "@playwright/test";
import pg from "pg";
import { adminQuery } from "../../db/testing/admin-query";
import { signWebhook } from "../../lib/carriers/webhook-signature";
import { AUTH_SETTINGS, startBuiltServer, waitUntil } from "../support/built-server";

// A production start on a database server (`npm run build && npm start` with DATABASE_URL)
// must not run on development settings silently. Nothing here needs a browser.
const DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";

test("refuses to start without a chosen carrier and e-mail, in one message, and exits", async () => {
  const server = await startBuiltServer({ DATABASE_URL });
  const code = await Promise.race([server.exited, new Promise<"running">((resolve) => setTimeout(() => resolve("running"), 30_000))]);
  await server.stop();
  expect(code).not.toBe("running");
  expect(code).not.toBe(0);
  const output = server.output();
  expect(output.match(/Praxisbote startet nicht/g)).toHaveLength(1);
  expect(output).toContain("CARRIER");
  expect(output).toContain("RESEND_API_KEY");
  expect(output).toContain("EMAIL_TRANSPORT=file");
});

test("names seven.io's key and signing secret when CARRIER=seven lacks them", async () => {
  const server = await startBuiltServer({ DATABASE_URL, CARRIER: "seven", RESEND_API_KEY: "re_test", ...AUTH_SETTINGS });
  const code = await Promise.race([server.exited, new Promise<"running">((resolve) => setTimeout(() => resolve("running"), 30_000))]);
  await server.stop();
  expect(code).not.toBe("running");
  expect(code).not.toBe(0);
  expect(server.output()).toContain("SEVEN_API_KEY");
  expect(server.output()).toContain("SEVEN_SIGNING_SECRET");
  expect(server.output()).not.toContain("RESEND_API_KEY:");
});

test("starts with the simulator and the file mailbox chosen, and signs with its own secret, not a public one", async () => {
  test.skip(!process.env.TEST_DATABASE_URL, "needs TEST_DATABASE_URL");
  const name = "pb_e2e_ops_start";
  await adminQuery(DATABASE_URL, `drop database if exists "${name}" with (force)`);
  await adminQuery(DATABASE_URL, `create database "${name}"`);
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  const server = await startBuiltServer({ DATABASE_URL: url.toString(), CARRIER: "simulator", EMAIL_TRANSPORT: "file", ...AUTH_SETTINGS });
  try {
    let health: unknown;
    await waitUntil(
      async () => {
        const response = await fetch(`${server.baseURL}/api/health`);
        health = await response.json();
        return response.status === 200;
      },
      30_000,
      `health ${server.output()}`,
    );
    expect(health).toEqual({ ok: true, db: "postgres", migrations: "up-to-date", carrier: "simulator", mail: "file", productionSafe: true });

    const webhook = `${server.baseURL}/api/webhooks/simulator`;
    const body = JSON.stringify({ type: "report", messageId: "sim-unknown", status: "DELIVRD" });
    const post = (secret: string) => fetch(webhook, { method: "POST", body, headers: { "Content-Type": "application/json", ...signWebhook(secret, "POST", webhook, body) } });
    // The public default of earlier versions opens nothing any more.
    expect((await post("praxisbote-simulator-dev-secret")).status).toBe(401);
    // The installation's own secret, kept in the database for every instance, is the one in use.
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const { rows } = await client.query("select value from installation_settings where key = 'simulator_secret'");
    await client.end();
    expect(rows[0]?.value).toMatch(/^[0-9a-f]{64}$/);
    expect((await post(rows[0].value)).status).toBe(200);
  } finally {
    await server.stop();
    await adminQuery(DATABASE_URL, `drop database if exists "${name}" with (force)`);
  }
});
