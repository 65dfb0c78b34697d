import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { practiceSenders, users } from "../../db/schema";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { sendOne } from "../messages/send-one";
import { loadUserContext } from "./practice-context";
import { DEMO_EMAIL, ensureDemoPractice, formatDemoBanner } from "./demo-practice";

const database = setUpTestDatabase();
const dataDir = mkdtempSync(path.join(tmpdir(), "praxisbote-demo-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("ensureDemoPractice", () => {
  it("creates the demo practice once and prints the same credentials on every start", async () => {
    const first = await ensureDemoPractice(database.db, dataDir);
    expect(first.created).toBe(true);
    expect(first.credentials?.email).toBe(DEMO_EMAIL);

    const second = await ensureDemoPractice(database.db, dataDir);
    expect(second.created).toBe(false);
    expect(second.credentials).toEqual(first.credentials);

    const banner = formatDemoBanner(second, "http://localhost:3000");
    expect(banner).toContain(first.credentials!.password);
    expect(banner).toContain(first.credentials!.apiKey);
  });
});

describe("the demo practice's sender", () => {
  it("is registered, also for a demo database from before senders had to be", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "praxisbote-demo-sender-"));
    try {
      const demo = await ensureDemoPractice(database.db, dir);
      const practiceId = demo.credentials!.practiceId;
      const context = (await loadUserContext(database.db, (await database.db.select().from(users).where(eq(users.email, DEMO_EMAIL)))[0].id))!;
      const readme = { to: "+4917612345600", from: "Praxis", text: "Ihr Termin morgen um 10 Uhr." };
      expect((await sendOne(database.db, context, readme)).message.sender).toBe("Praxis");

      await database.db.delete(practiceSenders).where(eq(practiceSenders.practiceId, practiceId));
      await expect(sendOne(database.db, context, readme)).rejects.toMatchObject({ code: "sender_not_allowed" });
      await ensureDemoPractice(database.db, dir);
      expect((await sendOne(database.db, context, readme)).message.sender).toBe("Praxis");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
