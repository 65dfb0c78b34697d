import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../../db/client";
import { selectRows } from "../../db/rows";
import { adminQuery } from "../../db/testing/admin-query";
import { createCaller } from "../../db/testing/fixtures";
import { TEST_DATABASE_URL } from "../../db/testing/test-database";
import { TSX_NODE_ARGS } from "../../scripts/support/tsx-node-args";
import { acceptMessage } from "../messages/accept-message";
import { validateSmsRequest } from "../messages/validate-sms-request";

// The held-out fault test, one level down: 300 accepted messages, the dispatching process
// killed with SIGKILL while it hands them over and the simulator still owes reports, then
// started again. Every message must reach its final status, and none may be sent twice.
// Separate processes need a database server: PGlite in memory is one process's own.

const MESSAGES = 300;
// Every behaviour of the simulator that ends in a final status (03 never does, 07 only by a lookup after 6 hours).
const ENDINGS = ["00", "01", "02", "04", "05", "06", "99"];
const SCRIPT_REPORTS: Record<string, number> = { "00": 1, "01": 2, "02": 1, "04": 1, "05": 3, "06": 1, "99": 1 };

describe.skipIf(!TEST_DATABASE_URL)("a dispatcher killed with SIGKILL and started again", () => {
  let handle: DatabaseHandle;
  let url: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    const name = `pb_crash_${process.pid}_${randomBytes(4).toString("hex")}`;
    await adminQuery(TEST_DATABASE_URL!, `create database "${name}"`);
    const target = new URL(TEST_DATABASE_URL!);
    target.pathname = `/${name}`;
    url = target.toString();
    handle = await openDatabase({ driver: "postgres", url });
  });

  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await handle?.close();
    await adminQuery(TEST_DATABASE_URL!, `drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
  });

  let workerOutput = "";
  let workerGone: string | null = null;

  function startWorker(): ChildProcess {
    const child = spawn("node", [...TSX_NODE_ARGS, "db/testing/dispatch-worker.ts", url, "40"], { stdio: ["ignore", "pipe", "pipe"] });
    workerOutput = "";
    workerGone = null;
    child.stdout!.on("data", (chunk) => (workerOutput += chunk));
    child.stderr!.on("data", (chunk) => (workerOutput += chunk));
    child.once("exit", (code, signal) => {
      if (signal !== "SIGKILL") workerGone = `dispatch-worker ended by itself (${code ?? signal}):\n${workerOutput}`;
    });
    children.push(child);
    return child;
  }

  const counts = async () =>
    (
      await selectRows<{ waiting: number; open: number; final: number }>(
        handle.db,
        sql`select count(*) filter (where status in ('pending', 'queued'))::int as waiting,
                   count(*) filter (where status in ('sent', 'buffered'))::int as open,
                   count(*) filter (where status in ('delivered', 'undelivered'))::int as final
            from messages`,
      )
    )[0];

  async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check()) return;
      if (workerGone) throw new Error(workerGone);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out: ${what} (${JSON.stringify(await counts())})\n${workerOutput}`);
  }

  it("brings every accepted message to its final status and sends none twice", { timeout: 420_000 }, async () => {
    const { caller } = await createCaller(handle.db);
    const now = new Date();
    for (let index = 0; index < MESSAGES; index++) {
      const to = `+4917612${String(index).padStart(4, "0")}${ENDINGS[index % ENDINGS.length]}`;
      const draft = validateSmsRequest({ to, text: `Ihr Termin morgen, Nr. ${index}` }, caller.practice, now);
      await acceptMessage(handle.db, caller, draft, { now });
    }

    const first = startWorker();
    // Killed while it is handing over, with reports owed for what it handed over.
    await waitFor(
      async () => {
        const { open, final } = await counts();
        return open > 0 && open + final >= 60;
      },
      180_000,
      "first hand-overs",
    );
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    const atKill = await counts();
    expect(atKill.waiting).toBeGreaterThan(0);
    expect(atKill.open).toBeGreaterThan(0);

    startWorker();
    await waitFor(async () => (await counts()).final === MESSAGES, 180_000, "every message final after the restart");

    // Sent once: one hand-over in each history, under the one carrier id the simulator gave it.
    const handOvers = await selectRows<{ sent_events: number; same_id: boolean; recipient: string; reports: number }>(
      handle.db,
      sql`select (select count(*) from message_status_events e where e.message_id = m.id and e.status = 'sent')::int as sent_events,
                 (m.carrier_message_id = s.carrier_message_id) as same_id, m.recipient,
                 (select count(*) from simulator_outbox o where o.carrier_message_id = s.carrier_message_id and o.payload->>'type' = 'report')::int as reports
          from messages m left join simulator_messages s on s.message_id = m.id::text`,
    );
    expect(handOvers).toHaveLength(MESSAGES);
    for (const row of handOvers) {
      expect(row).toMatchObject({ sent_events: 1, same_id: true, reports: SCRIPT_REPORTS[row.recipient.slice(-2)] });
    }
    const [{ accepted }] = await selectRows<{ accepted: number }>(handle.db, sql`select count(*)::int as accepted from simulator_messages where carrier_message_id is not null`);
    expect(accepted).toBe(MESSAGES);
  });
});
