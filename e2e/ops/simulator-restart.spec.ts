import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { adminQuery } from "../../db/testing/admin-query";
import { TSX_NODE_ARGS } from "../../scripts/support/tsx-node-args";
import { AUTH_SETTINGS, startBuiltServer, waitUntil } from "../support/built-server";

// The held-out fault test: 300 SMS posted to the built server with CARRIER=simulator, the server
// killed with SIGKILL while it dispatches, started again. Every accepted message must be there,
// reach its final status (the reports the simulator still owed live in PostgreSQL), and none
// may be sent twice. lib/delivery/crash-restart.test.ts is the same with the dispatcher alone.
const MESSAGES = 300;
// Each simulator behaviour that ends final by itself (03 never does, 07 only after a 6-hour lookup).
const ENDINGS = ["00", "01", "02", "04", "05", "06", "99"];

test("every accepted message reaches its final status after a SIGKILL mid-dispatch, and none is sent twice", async () => {
  test.skip(!process.env.TEST_DATABASE_URL, "needs TEST_DATABASE_URL");
  test.setTimeout(240_000);
  const admin = process.env.TEST_DATABASE_URL!;
  const name = "pb_e2e_simulator_restart";
  await adminQuery(admin, `drop database if exists "${name}" with (force)`);
  await adminQuery(admin, `create database "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const settings = { DATABASE_URL: url.toString(), CARRIER: "simulator", EMAIL_TRANSPORT: "file", CARRIER_RATE_PER_SECOND: "20", ...AUTH_SETTINGS };
  const client = new pg.Client({ connectionString: url.toString() });
  const counts = async () =>
    (
      await client.query<{ waiting: number; open: number; final: number; total: number }>(
        `select count(*) filter (where status in ('pending', 'queued'))::int as waiting,
                count(*) filter (where status in ('sent', 'buffered'))::int as open,
                count(*) filter (where status in ('delivered', 'undelivered'))::int as final,
                count(*)::int as total
         from messages`,
      )
    ).rows[0];

  let server = await startBuiltServer(settings);
  try {
    await waitUntil(async () => (await fetch(`${server.baseURL}/api/health`)).status === 200, 60_000, `start ${server.output()}`);
    await client.connect();
    const created = spawnSync("node", [...TSX_NODE_ARGS, "scripts/practice-create.ts", "--name", "Neustart-Praxis", "--email", "neustart@example.test", "--sender", "Praxis", "--json"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: url.toString() },
    });
    expect(created.status, created.stderr).toBe(0);
    const { apiKey } = JSON.parse(created.stdout);

    const accepted: string[] = [];
    // Due together a little later, so that all are accepted before the hand-overs begin.
    const sendAt = new Date(Date.now() + 8_000).toISOString();
    const post = async (index: number) => {
      const send = () =>
        fetch(`${server.baseURL}/api/v1/sms`, {
          method: "POST",
          headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json", "Idempotency-Key": `neustart-${index}` },
          body: JSON.stringify({ to: `+4917612${String(index).padStart(4, "0")}${ENDINGS[index % ENDINGS.length]}`, from: "Praxis", text: `Ihr Termin morgen, Nr. ${index}`, sendAt }),
        });
      // As a PVS does: a connection the server closed under it (keep-alive) is sent again with
      // the same Idempotency-Key, which cannot store the message twice.
      const response = await send().catch(send);
      expect(response.status).toBe(202);
      accepted.push((await response.json()).id);
    };
    for (let start = 0; start < MESSAGES; start += 20) await Promise.all(Array.from({ length: 20 }, (_, offset) => post(start + offset)));

    await waitUntil(
      async () => {
        const { open, final } = await counts();
        return open > 0 && open + final >= 40;
      },
      60_000,
      "first hand-overs",
    );
    await server.kill();
    const atKill = await counts();
    expect(atKill.waiting, "killed while dispatching").toBeGreaterThan(0);
    expect(atKill.open, "killed while reports were owed").toBeGreaterThan(0);

    server = await startBuiltServer(settings);
    await waitUntil(async () => (await counts()).final === MESSAGES, 150_000, `every message final after the restart ${server.output()}`);

    const rows = (
      await client.query<{ id: string; sent_events: number; same_id: boolean }>(
        `select m.id, (select count(*) from message_status_events e where e.message_id = m.id and e.status = 'sent')::int as sent_events,
                (m.carrier_message_id = s.carrier_message_id) as same_id
         from messages m left join simulator_messages s on s.message_id = m.id::text`,
      )
    ).rows;
    expect(rows.map((row) => row.id).sort()).toEqual(accepted.sort());
    for (const row of rows) expect(row).toMatchObject({ sent_events: 1, same_id: true });
    const { rows: [{ handed }] } = await client.query<{ handed: number }>(`select count(*)::int as handed from simulator_messages where carrier_message_id is not null`);
    expect(handed).toBe(MESSAGES);
  } catch (error) {
    console.log(server.output());
    throw error;
  } finally {
    await server.stop();
    await client.end().catch(() => {});
    await adminQuery(admin, `drop database if exists "${name}" with (force)`);
  }
});
