import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { apiRoute } from "../lib/api/route-handler";
import { env } from "../lib/env";
import { connectDatabase, getDatabase, openDatabaseWithRetry, type DatabaseHandle } from "./client";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "./errors";
import { migrationState } from "./migrate";
import { adminQuery } from "./testing/admin-query";
import { TEST_DATABASE_URL } from "./testing/test-database";
import { startTcpProxy, type TcpProxy } from "./testing/tcp-proxy";

// A PostgreSQL that is down when the app starts, or goes away for a while after a good start,
// played by a TCP proxy in front of the test server that the test switches off and on.
describe.skipIf(!TEST_DATABASE_URL)("a database that is away", () => {
  const name = `pb_outage_${process.pid}_${randomBytes(4).toString("hex")}`;
  let proxy: TcpProxy;
  let proxiedUrl: string;
  const opened: DatabaseHandle[] = [];

  beforeAll(async () => {
    const server = new URL(TEST_DATABASE_URL!);
    await adminQuery(TEST_DATABASE_URL!, `create database "${name}"`);
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) }, { open: false });
    const url = new URL(proxy.through(TEST_DATABASE_URL!));
    url.pathname = `/${name}`;
    // A password in the URL must never reach a log line (trust auth ignores it).
    url.password = "geheim-im-log";
    proxiedUrl = url.toString();
  });

  afterAll(async () => {
    for (const handle of opened) await handle.close().catch(() => {});
    await proxy?.open();
    await proxy?.close();
    await adminQuery(TEST_DATABASE_URL!, `drop database if exists "${name}" with (force)`);
  });

  it("keeps trying while it is down at start, then opens and migrates it once it is there", async () => {
    const failures: unknown[] = [];
    const opening = openDatabaseWithRetry(
      { driver: "postgres", url: proxiedUrl },
      {
        delayMs: () => 50,
        onFailure: (_tries, error) => {
          failures.push(error);
          if (failures.length === 3) void proxy.open();
        },
      },
    );
    const handle = await opening;
    opened.push(handle);
    expect(failures.length).toBeGreaterThanOrEqual(3);
    expect(failures.every(isDatabaseUnavailable)).toBe(true);
    expect(await migrationState(handle)).toBe("up-to-date");
  });

  it("fails a query during a short outage as 'unavailable', and serves it again afterwards", async () => {
    await proxy.open();
    const handle = opened[0];
    const silenced = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(handle.db.execute(sql`select 1`)).resolves.toBeDefined();

    await proxy.close();
    const during = await handle.db.execute(sql`select 1`).then(
      () => null,
      (error: unknown) => error,
    );
    expect(during).not.toBeNull();
    expect(isDatabaseUnavailable(during)).toBe(true);

    await proxy.open();
    await expect(handle.db.execute(sql`select 1 as back`)).resolves.toBeDefined();
    silenced.mockRestore();
  });

  it("lets a request answer 503 at once while the app's database is away, and recovers in the background", async () => {
    await proxy.close();
    const logged: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
    Object.assign(env, { DATABASE_URL: proxiedUrl, DATABASE_DRIVER: undefined });

    const started = Date.now();
    await expect(getDatabase()).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(Date.now() - started).toBeLessThan(3_000);

    const route = apiRoute(async () => Response.json({ ok: true }));
    const response = await route(new Request("http://localhost/api/v1/key-check", { headers: { Authorization: "Bearer pb_live_x" } }), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect((await response.json()).error.code).toBe("service_unavailable");

    await proxy.open();
    const handle = await connectDatabase();
    opened.push(handle);
    await expect(getDatabase()).resolves.toBe(handle);
    expect(logged.some((line) => line.includes("[db] Versuch 1"))).toBe(true);
    expect(logged.join("\n")).not.toContain("geheim-im-log");
    spy.mockRestore();
  });
});

describe("classifying database errors", () => {
  it("counts connection failures and shutdowns as unavailable, a wrong query not", () => {
    const wrapped = (cause: unknown) => Object.assign(new Error("Failed query: select 1"), { cause });
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(new Error("Connection terminated unexpectedly")))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error('relation "x" does not exist'), { code: "42P01" })))).toBe(false);
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error("duplicate key"), { code: "23505" })))).toBe(false);
  });
});
