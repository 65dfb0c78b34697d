import { describe, expect, it } from "vitest";
import { addUser, createPracticeWithMain } from "../../db/testing/account-fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { listAuditEntries } from "./list-audit";
import { maskIban, recordAudit } from "./record-audit";

const database = setUpTestDatabase();
const t0 = new Date("2026-11-27T10:00:00Z");

describe("the audit log page", () => {
  it("pages newest first by (created_at, id) without gaps or repeats, also within one instant", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const other = await createPracticeWithMain(database.db);
    // 120 entries, three at each instant: only the id tells them apart.
    for (let i = 0; i < 120; i++) {
      await recordAudit(database.db, { practiceId, action: "login.succeeded", actor: { userId: main.userId, email: main.email }, details: { n: i } }, new Date(t0.getTime() + Math.floor(i / 3) * 1000));
      if (i % 10 === 0) await recordAudit(database.db, { practiceId: other.practiceId, action: "login.failed" }, t0);
    }
    const seen: number[] = [];
    let cursor: string | null = null;
    const sizes: number[] = [];
    do {
      const page = await listAuditEntries(database.db, main, { cursor, limit: 50 });
      sizes.push(page.entries.length);
      seen.push(...page.entries.map((entry) => Number(entry.details[0].value)));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([50, 50, 20]);
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => 119 - i));
  });

  it("says who, what in German, from where, and old → new with the IBAN masked", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const origin = { ip: "198.51.100.4", userAgent: "Safari 18 · macOS" };
    await recordAudit(database.db, { practiceId, action: "user.role_changed", actor: { userId: main.userId, email: main.email }, origin, details: { user: "anna@example.test", role: { from: "staff", to: "main" } } }, t0);
    // A writer that forgot to mask: the page masks anyway.
    await recordAudit(database.db, { practiceId, action: "bank_details.changed", actor: { userId: main.userId, email: main.email }, details: { iban: { from: maskIban("DE89370400440532013000"), to: "AT611904300234573201" } } }, new Date(t0.getTime() + 1000));
    const { entries, nextCursor } = await listAuditEntries(database.db, main);
    expect(nextCursor).toBeNull();
    expect(entries).toEqual([
      expect.objectContaining({ label: "Bankverbindung geändert", details: [{ label: "IBAN", value: "DE89 •••• •••• •••• 3000 → AT61 •••• •••• •••• 3201" }] }),
      expect.objectContaining({
        createdAt: t0,
        actorEmail: main.email,
        label: "Rolle geändert",
        ip: "198.51.100.4",
        userAgent: "Safari 18 · macOS",
        details: [
          { label: "Benutzer", value: "anna@example.test" },
          { label: "Rolle", value: "Teamzugang → Hauptzugang" },
        ],
      }),
    ]);
  });

  it("starts at the top for a cursor that is not one, and shows staff nothing", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    await recordAudit(database.db, { practiceId, action: "login.succeeded" }, t0);
    expect((await listAuditEntries(database.db, main, { cursor: "'; drop table audit_log; --" })).entries).toHaveLength(1);
    const staff = await addUser(database.db, practiceId, "staff");
    await expect(listAuditEntries(database.db, staff)).rejects.toMatchObject({ code: "forbidden" });
  });
});
