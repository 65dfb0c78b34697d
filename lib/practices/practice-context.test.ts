import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { locations, messages, practices, users } from "../../db/schema";
import { createCaller } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { sendOne } from "../messages/send-one";
import { createPractice } from "./create-practice";
import { loadUserContext } from "./practice-context";

const database = setUpTestDatabase();

// `sender`: a sender name registered for the practice, to send from.
async function practiceWithUser(name: string, sender?: string) {
  const { practiceId, email } = await createPractice(database.db, {
    name,
    email: `${name.toLowerCase().replace(/\W/g, "")}@example.test`,
    senderNames: sender ? [sender] : [],
  });
  const [user] = await database.db.select().from(users).where(eq(users.email, email));
  return { practiceId, userId: user.id };
}

describe("a portal user's practice context", () => {
  it("sends a test SMS through the same acceptance as the API, without an API key", async () => {
    const { practiceId, userId } = await practiceWithUser("Praxis Berg", "Praxis");
    const context = await loadUserContext(database.db, userId);
    expect(context).toMatchObject({ practice: { id: practiceId, name: "Praxis Berg" }, apiKeyId: null, userId, location: null });

    const { message } = await sendOne(database.db, context!, { to: "0176 12345678", from: "Praxis", text: "Test" });
    const [stored] = await database.db.select().from(messages).where(eq(messages.id, message.id));
    expect(stored).toMatchObject({ practiceId, apiKeyId: null, recipient: "+4917612345678", status: "pending" });
  });

  it("refuses a location of another practice and an unknown user", async () => {
    const own = await practiceWithUser("Praxis Nord");
    const other = await practiceWithUser("Praxis Sued");
    const [foreign] = await database.db.insert(locations).values({ practiceId: other.practiceId, code: "sued", name: "Süd" }).returning();
    const [mine] = await database.db.insert(locations).values({ practiceId: own.practiceId, code: "nord", name: "Nord" }).returning();

    expect(await loadUserContext(database.db, own.userId, foreign.id)).toBeNull();
    expect(await loadUserContext(database.db, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect((await loadUserContext(database.db, own.userId, mine.id))?.location).toEqual({ id: mine.id, code: "nord" });
  });
});

describe("the practice's country", () => {
  it("reads national numbers as Austrian for an Austrian practice, from the portal and through an API key", async () => {
    const { practiceId, userId } = await practiceWithUser("Praxis Wien", "Praxis");
    await database.db.update(practices).set({ country: "AT" }).where(eq(practices.id, practiceId));
    const context = await loadUserContext(database.db, userId);
    expect(context?.practice.country).toBe("AT");
    const fromPortal = await sendOne(database.db, context!, { to: "0664 1234567", from: "Praxis", text: "Test" });
    expect(fromPortal.message.recipient).toBe("+436641234567");

    const { caller } = await createCaller(database.db, { country: "AT" });
    expect(caller.practice.country).toBe("AT");
    const fromApi = await sendOne(database.db, caller, { to: "0676 1234567", text: "Test" });
    expect(fromApi.message.recipient).toBe("+436761234567");
    await expect(sendOne(database.db, caller, { to: "0171 1234567", text: "Test" })).rejects.toMatchObject({
      code: "invalid_recipient",
      message: expect.stringContaining("+49 171 1234567"),
    });
  });

  it("keeps national numbers German for a practice created without a country", async () => {
    const { caller } = await createCaller(database.db);
    expect(caller.practice.country).toBe("DE");
    expect((await sendOne(database.db, caller, { to: "0171 1234567", text: "Test" })).message.recipient).toBe("+491711234567");
  });
});
