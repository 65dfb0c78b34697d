import { describe, expect, it } from "vitest";
import { createTestPractice, insertMessage } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { listMessages } from "./find-messages";

const database = setUpTestDatabase();

describe("listMessages", () => {
  it("finds a practice's messages by their exact client reference", async () => {
    const practiceId = await createTestPractice(database.db);
    const otherPractice = await createTestPractice(database.db);
    const first = await insertMessage(database.db, practiceId, { clientReference: "termin-4711" });
    const second = await insertMessage(database.db, practiceId, { clientReference: "termin-4711" });
    await insertMessage(database.db, practiceId, { clientReference: "termin-47110" });
    await insertMessage(database.db, practiceId, { clientReference: "TERMIN-4711" });
    await insertMessage(database.db, practiceId);
    await insertMessage(database.db, otherPractice, { clientReference: "termin-4711" });

    const found = await listMessages(database.db, practiceId, { reference: "termin-4711", limit: 10 });
    expect(found.map((row) => row.id).sort()).toEqual([first.id, second.id].sort());
    expect(await listMessages(database.db, practiceId, { limit: 10 })).toHaveLength(5);
  });
});
