import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invoices, locations, practices } from "../db/schema";
import { insertMessage } from "../db/testing/fixtures";
import { startOfBerlinDay } from "../lib/time/berlin";
import { setUpCliTestData } from "./support/cli-test-data";
import { TSX_NODE_ARGS } from "./support/tsx-node-args";

const cli = setUpCliTestData("invoices-cli", { CARRIER: "simulator", EMAIL_TRANSPORT: "file", DEMO_DATA: "0" });
const { env, dataDir } = cli;
delete env.RESEND_API_KEY;

const run = (script: string, ...args: string[]) => spawnSync("node", [...TSX_NODE_ARGS, script, ...args], { encoding: "utf8", env });

describe("npm run invoices:run and invoices:cancel", () => {
  it("issue a month's invoice with statements once, e-mail it once, and cancel it", async () => {
    const created = run("scripts/practice-create.ts", "--name", "Zahnarztpraxis Dr. Kern", "--email", "team@praxis-kern.de", "--json");
    expect(created.status).toBe(0);
    const { practiceId } = JSON.parse(created.stdout);
    await cli.withDatabase(async (db) => {
      await db
        .update(practices)
        .set({ trialEndsAt: startOfBerlinDay(2026, 9, 1), street: "Hauptstraße 5", postalCode: "70173", city: "Stuttgart", billingEmail: "buchhaltung@praxis-kern.de" })
        .where(eq(practices.id, practiceId));
      const [north, south] = await db
        .insert(locations)
        .values([
          { practiceId, code: "NORD", name: "Praxis Nord" },
          { practiceId, code: "SUED", name: "Praxis Süd" },
        ])
        .returning();
      const october = (day: number) => startOfBerlinDay(2026, 10, day);
      await insertMessage(db, practiceId, { createdAt: october(2), segments: 1, priceCents: 8, status: "delivered", locationId: north.id });
      await insertMessage(db, practiceId, { createdAt: october(9), segments: 2, priceCents: 16, status: "undelivered", locationId: south.id });
      await insertMessage(db, practiceId, { createdAt: october(20), segments: 1, priceCents: 8, status: "cancelled", locationId: south.id });
    });

    const first = run("scripts/invoices-run.ts", "--month", "2026-10");
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    const number = /Rechnung (\d{4}-000001) ausgestellt für Zahnarztpraxis Dr\. Kern/.exec(first.stdout)?.[1];
    expect(number).toBeDefined();
    expect(first.stdout).toMatch(/22,90\s€ brutto, per E-Mail an buchhaltung@praxis-kern\.de geschickt\./);
    expect(first.stdout).toContain("Oktober 2026: 1 ausgestellt, 0 schon vorhanden, 0 ohne Rechnung, 0 fehlgeschlagen.");

    const again = run("scripts/invoices-run.ts", "--month", "2026-10", "--practice", practiceId);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`Rechnung ${number} gab es schon`);
    expect(again.stdout).toContain("E-Mail war schon verschickt");
    const mailbox = path.join(dataDir, "mailbox");
    expect(readdirSync(mailbox).filter((name) => name.endsWith(`Rechnung-${number}.pdf`))).toHaveLength(1);

    const cancelled = run("scripts/invoices-cancel.ts", number!, "--reason", "Falsche Anschrift");
    expect(cancelled.stderr).toBe("");
    expect(cancelled.status).toBe(0);
    expect(cancelled.stdout).toMatch(new RegExp(`Stornorechnung \\d{4}-000002 zu Rechnung ${number} ausgestellt: -22,90\\s€ brutto\\.`));
    expect(cancelled.stdout).toContain("Per E-Mail an buchhaltung@praxis-kern.de geschickt.");
    const twice = run("scripts/invoices-cancel.ts", number!, "--reason", "nochmal");
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain("schon durch");

    await cli.withDatabase(async (db) => {
      const rows = await db.select().from(invoices).orderBy(invoices.number);
      expect(rows.map((row) => row.kind)).toEqual(["invoice", "cancellation"]);
      expect(Buffer.from(rows[0].pdf!).subarray(0, 5).toString()).toBe("%PDF-");
      expect(rows[0].xml).toContain("CrossIndustryInvoice");
      expect(rows[1].cancelsInvoiceId).toBe(rows[0].id);
    });

    expect(run("scripts/invoices-run.ts", "--month", "2026-13").status).toBe(2);
    expect(run("scripts/invoices-cancel.ts", "2026-000001").status).toBe(2);
  }, 400_000);
});
