import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { createPracticeWithMain } from "../../db/testing/account-fixtures";
import { FakeCarrier, noMail } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { runChores } from "../delivery/sweep";
import { recordAudit } from "./record-audit";

const database = setUpTestDatabase();
const DAY = 24 * 60 * 60_000;

describe("keeping the audit log 3 years", () => {
  it("erases older entries in the minute's chores and keeps the rest", async () => {
    const { practiceId } = await createPracticeWithMain(database.db);
    const now = new Date();
    const threeYearsAgo = new Date(now);
    threeYearsAgo.setUTCFullYear(now.getUTCFullYear() - 3);
    await recordAudit(database.db, { practiceId, action: "login.failed", details: { n: "alt" } }, new Date(threeYearsAgo.getTime() - DAY));
    await recordAudit(database.db, { practiceId, action: "login.failed", details: { n: "bleibt" } }, new Date(threeYearsAgo.getTime() + DAY));
    // A clock ahead of the database's must not make the chores ask for more than the trigger allows.
    await runChores({ db: database.db, carrier: new FakeCarrier(), mailer: noMail, now: () => new Date(now.getTime() + 30 * DAY) });
    const left = await database.db.select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.practiceId, practiceId));
    expect(left.map((row) => row.details)).toEqual([{ n: "bleibt" }]);
  });

  it("is still refused by the table for younger entries", async () => {
    const { practiceId } = await createPracticeWithMain(database.db);
    await recordAudit(database.db, { practiceId, action: "login.failed" });
    await expect(database.db.delete(auditLog).where(eq(auditLog.practiceId, practiceId))).rejects.toThrow();
  });
});
