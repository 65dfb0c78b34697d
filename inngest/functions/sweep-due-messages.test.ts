import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { FakeCarrier, createTestPractice, insertMessage, messageRow } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { testDeps } from "../testing/test-deps";
import { createSweepDueMessages } from "./sweep-due-messages";

const database = setUpTestDatabase();

describe("sweep-due-messages", () => {
  it("runs every minute, one at a time", () => {
    const { opts } = createSweepDueMessages(testDeps(database.db));
    expect(opts.triggers).toEqual([{ cron: "* * * * *" }]);
    expect(opts.concurrency).toEqual({ limit: 1 });
  });

  it("hands over a due message and leaves one for later alone", async () => {
    const practiceId = await createTestPractice(database.db);
    const due = await insertMessage(database.db, practiceId);
    const later = await insertMessage(database.db, practiceId, { sendAt: new Date(Date.now() + 60 * 60_000) });
    const carrier = new FakeCarrier();
    const t = new InngestTestEngine({ function: createSweepDueMessages(testDeps(database.db, carrier)) });
    const { result } = await t.execute();

    expect(result).toEqual({ outcomes: { sent: 1, retry: 0, undelivered: 0, "lost-claim": 0 }, expired: 0, forwarded: 0, erased: 0 });
    expect(carrier.submissions.map((s) => s.id)).toEqual([due.id]);
    expect((await messageRow(database.db, due.id)).status).toBe("sent");
    expect((await messageRow(database.db, later.id)).status).toBe("pending");
  });
});
