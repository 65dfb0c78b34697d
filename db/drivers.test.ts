import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { authenticate } from "../lib/api/authenticate";
import { sendOne } from "../lib/messages/send-one";
import { createPractice, EmailTakenError } from "../lib/practices/create-practice";
import type { DatabaseDriver } from "./driver";
import { migrationState } from "./migrate";
import { preparedStatement, selectRows } from "./rows";
import { messages, practices } from "./schema";
import { createCaller } from "./testing/fixtures";
import { openTestDatabase, TEST_DATABASE_URL, setUpTestDatabase } from "./testing/test-database";

// The same schema, migrations and queries on every driver. Without TEST_DATABASE_URL only
// PGlite runs here; CI sets it, so the real PostgreSQL and the Neon driver are covered there.
const drivers: DatabaseDriver[] = TEST_DATABASE_URL ? ["pglite", "postgres", "neon"] : ["pglite"];

describe.each(drivers)("the %s driver", (driver) => {
  const database = setUpTestDatabase(driver);

  it("is migrated on open and says so", async () => {
    expect(await migrationState(database.handle)).toBe("up-to-date");
    const tables = await selectRows<{ tablename: string }>(
      database.db,
      sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
    );
    expect(tables.map((t) => t.tablename)).toContain("messages");
  });

  it("runs the migrations again as a no-op", async () => {
    await database.handle.migrate();
    expect(await migrationState(database.handle)).toBe("up-to-date");
  });

  it("creates a practice with its main user and key in one transaction", async () => {
    const created = await createPractice(database.db, { name: "Zahnarztpraxis Dr. Berg", email: "Berg@Example.de" });
    expect(created.email).toBe("berg@example.de");
    const [practice] = await database.db.select().from(practices).where(eq(practices.id, created.practiceId));
    expect(practice.name).toBe("Zahnarztpraxis Dr. Berg");
    expect(practice.trialEndsAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("refuses a second account with the same e-mail and leaves no half-made practice", async () => {
    await createPractice(database.db, { name: "Praxis A", email: "team@example.de" });
    await expect(createPractice(database.db, { name: "Praxis B", email: "TEAM@example.de" })).rejects.toBeInstanceOf(EmailTakenError);
    const all = await database.db.select({ name: practices.name }).from(practices);
    expect(all).toEqual([{ name: "Praxis A" }]);
  });

  it("keeps idempotency keys unique per practice", async () => {
    const a = await createPractice(database.db, { name: "Praxis A", email: "a@example.de" });
    const b = await createPractice(database.db, { name: "Praxis B", email: "b@example.de" });
    const message = (practiceId: string) => ({
      practiceId,
      recipient: "+4917612345678",
      sender: "Praxis",
      text: "Hallo",
      encoding: "GSM-7" as const,
      characters: 5,
      segments: 1,
      sendAt: new Date(),
      priceCents: 9,
      idempotencyKey: "termin-4711",
    });
    await database.db.insert(messages).values(message(a.practiceId));
    await database.db.insert(messages).values(message(b.practiceId));
    await expect(database.db.insert(messages).values(message(a.practiceId))).rejects.toThrow();
    const [{ count }] = await selectRows<{ count: string }>(database.db, sql`select count(*) as count from messages`);
    expect(Number(count)).toBe(2);
  });

  it("authenticates a key and accepts a message (checks and insert in one statement)", async () => {
    const { caller, apiKey } = await createCaller(database.db);
    const request = new Request("http://test.local", { headers: { authorization: `Bearer ${apiKey}` } });
    const { rate } = await authenticate(database.db, request, 100);
    expect(rate.remaining).toBeLessThan(100);
    const { message } = await sendOne(database.db, caller, { to: "+4917612345678", text: "Ihr Termin ist morgen." });
    const [stored] = await database.db.select({ sender: messages.sender, status: messages.status }).from(messages).where(eq(messages.id, message.id));
    expect(stored).toEqual({ sender: caller.practice.defaultSender, status: "pending" });
  });

  it("runs a named prepared statement with new values each time, on every pooled connection and in a transaction", async () => {
    const plusOne = preparedStatement<{ n: number; label: string }>(sql`select ${sql.placeholder("n")}::int + 1 as n, ${sql.placeholder("label")}::text as label`);
    const answers = await Promise.all(Array.from({ length: 25 }, (_, n) => plusOne<{ n: number; label: string }>(database.db, { n, label: `x${n}` })));
    expect(answers.map(([row]) => [row.n, row.label])).toEqual(Array.from({ length: 25 }, (_, n) => [n + 1, `x${n}`]));
    // Another text gets another name: no "prepared statement already exists".
    const other = preparedStatement<{ value: string }>(sql`select ${sql.placeholder("value")}::text as other`);
    expect(await other(database.db, { value: "a" })).toEqual([{ other: "a" }]);
    const prepared = await database.db.transaction(async (tx) => {
      expect(await plusOne(tx, { n: 41, label: "x41" })).toEqual([{ n: 42, label: "x41" }]);
      expect(await plusOne(tx, { n: 42, label: "x42" })).toEqual([{ n: 43, label: "x42" }]);
      return selectRows<{ name: string }>(tx, sql`select name from pg_prepared_statements where name like 'pb\\_%' and statement like '%+ 1 as n%'`);
    });
    // PGlite has no named statements in its API (one connection, no gain); the servers keep one per text.
    expect(prepared).toHaveLength(driver === "pglite" ? 0 : 1);
  });

});

describe.runIf(TEST_DATABASE_URL)("migrations on PostgreSQL", () => {
  it("survive several app instances starting at once", async () => {
    const { openDatabase } = await import("./client");
    const database = await openTestDatabase("postgres");
    try {
      const url = new URL(TEST_DATABASE_URL!);
      const current = (await selectRows<{ db: string }>(database.db, sql`select current_database() as db`))[0].db;
      url.pathname = `/${current}`;
      // Back to an empty database, then three instances race to migrate it.
      await database.db.execute(sql`drop schema public cascade`);
      await database.db.execute(sql`drop schema drizzle cascade`);
      await database.db.execute(sql`create schema public`);
      const instances = await Promise.all(
        [1, 2, 3].map(() => openDatabase({ driver: "postgres", url: url.toString() })),
      );
      for (const instance of instances) {
        expect(await migrationState(instance)).toBe("up-to-date");
        await instance.close();
      }
    } finally {
      await database.close();
    }
  });
});
