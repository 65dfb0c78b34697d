import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { locations, messages, users } from "../../db/schema";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { sendOne } from "../messages/send-one";
import { createPractice } from "./create-practice";
import { loadUserContext } from "./practice-context";

const database = setUpTestDatabase();

async function practiceWithUser(name: string) {
  const { practiceId, email } = await createPractice(database.db, { name, email: `${name.toLowerCase().replace(/\W/g, "")}@example.test` });
  const [user] = await database.db.select().from(users).where(eq(users.email, email));
  return { practiceId, userId: user.id };
}

describe("a portal user's practice context", () => {
  it("sends a test SMS through the same acceptance as the API, without an API key", async () => {
    const { practiceId, userId } = await practiceWithUser("Praxis Berg");
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
