import { describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import { addUser, createPracticeWithMain, snapshotDatabase } from "../../db/testing/account-fixtures";
import { FakeMailer, insertMessage } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { cancelMessage } from "../messages/cancel-message";
import type { Actor } from "./actor";
import { inviteUser, listInvitations, revokeInvitation } from "./invitations";
import { changeUserRole, removeUser } from "./users";

// The cross-practice rule: a user of practice A who calls a portal action with an id of
// practice B gets "not found", and nothing anywhere changes. Every portal action that takes an
// id adds one line to CASES (and, if it needs a new kind of object, one field to Foreign).

const database = setUpTestDatabase();

/** What practice B owns; the ids a user of A might send. */
interface Foreign {
  mainUserId: string;
  staffUserId: string;
  invitationId: string;
  messageId: string;
}

type CrossPracticeCall = (db: Database, actor: Actor, b: Foreign) => Promise<unknown>;

const CASES: [action: string, call: CrossPracticeCall][] = [
  ["change a user's role (promote)", (db, actor, b) => changeUserRole(db, actor, { userId: b.staffUserId, role: "main" })],
  ["change a user's role (demote)", (db, actor, b) => changeUserRole(db, actor, { userId: b.mainUserId, role: "staff" })],
  ["remove a user", (db, actor, b) => removeUser(db, actor, b.staffUserId)],
  ["remove a main user", (db, actor, b) => removeUser(db, actor, b.mainUserId)],
  ["revoke an invitation", (db, actor, b) => revokeInvitation(db, actor, b.invitationId)],
  ["cancel a scheduled SMS", (db, actor, b) => cancelMessage(db, actor.practiceId, b.messageId)],
];

async function arrange() {
  const a = await createPracticeWithMain(database.db);
  const b = await createPracticeWithMain(database.db);
  const staff = await addUser(database.db, b.practiceId, "staff");
  await inviteUser(database.db, b.main, { email: "neu@praxis-b.example", role: "staff" }, { mailer: new FakeMailer(), appUrl: "http://test.local" });
  const [invitation] = await listInvitations(database.db, b.main);
  const message = await insertMessage(database.db, b.practiceId, { sendAt: new Date(Date.now() + 86_400_000) });
  const foreign: Foreign = { mainUserId: b.main.userId, staffUserId: staff.userId, invitationId: invitation.id, messageId: message.id };
  return { actor: a.main, foreign };
}

describe("an id of another practice", () => {
  it.each(CASES)("%s: not found, and nothing changes", async (_action, call) => {
    const { actor, foreign } = await arrange();
    const before = await snapshotDatabase(database.db);
    await expect(call(database.db, actor, foreign)).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });
});
