import { describe, expect, it } from "vitest";
import type { Database } from "../../db/client";
import { inboundMessages, locations, optOuts, practiceSenders } from "../../db/schema";
import { addUser, createPracticeWithMain, snapshotDatabase } from "../../db/testing/account-fixtures";
import { FakeMailer, insertMessage } from "../../db/testing/fixtures";
import { insertInvoice } from "../../db/testing/invoice-rows";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { createApiKey, revokeApiKey, rotateApiKey } from "../api-keys/manage-keys";
import { findInvoiceFile } from "../billing/practice-invoices";
import { markRepliesRead } from "../inbound/replies";
import { liftOptOut } from "../opt-outs/opt-outs";
import { cancelMessage } from "../messages/cancel-message";
import { removeScheduledMessages } from "../messages/scheduled-messages";
import { findMessageProgress } from "../messages/test-sms";
import { findCurrentStatuses, findSentSmsDetail } from "../messages/sent-sms";
import { deleteLocation, updateLocation } from "../practices/locations";
import { removeSender } from "../sms-settings/practice-senders";
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
  senderId: string;
  apiKeyId: string;
  locationId: string;
  replyId: string;
  invoiceId: string;
  optOutId: string;
}

type CrossPracticeCall = (db: Database, actor: Actor, b: Foreign) => Promise<unknown>;

const CASES: [action: string, call: CrossPracticeCall][] = [
  ["change a user's role (promote)", (db, actor, b) => changeUserRole(db, actor, { userId: b.staffUserId, role: "main" })],
  ["change a user's role (demote)", (db, actor, b) => changeUserRole(db, actor, { userId: b.mainUserId, role: "staff" })],
  ["remove a user", (db, actor, b) => removeUser(db, actor, b.staffUserId)],
  ["remove a main user", (db, actor, b) => removeUser(db, actor, b.mainUserId)],
  ["revoke an invitation", (db, actor, b) => revokeInvitation(db, actor, b.invitationId)],
  ["cancel a scheduled SMS", (db, actor, b) => cancelMessage(db, actor.practiceId, b.messageId)],
  ["remove selected scheduled SMS", (db, actor, b) => removeScheduledMessages(db, actor.practiceId, [b.messageId])],
  ["mark replies read", (db, actor, b) => markRepliesRead(db, actor.practiceId, [b.replyId])],
  ["poll a test SMS's status", (db, actor, b) => findMessageProgress(db, actor.practiceId, b.messageId)],
  ["show a sent SMS", (db, actor, b) => findSentSmsDetail(db, actor.practiceId, b.messageId)],
  ["poll SMS statuses", (db, actor, b) => findCurrentStatuses(db, actor.practiceId, [b.messageId])],
  ["remove a sender", (db, actor, b) => removeSender(db, actor, b.senderId)],
  ["rotate an API key", (db, actor, b) => rotateApiKey(db, actor, b.apiKeyId)],
  ["revoke an API key", (db, actor, b) => revokeApiKey(db, actor, b.apiKeyId)],
  ["create an API key for a location", (db, actor, b) => createApiKey(db, actor, { name: "PVS", locationId: b.locationId })],
  ["edit a location", (db, actor, b) => updateLocation(db, actor, b.locationId, { code: "a", name: "Umbenannt" })],
  ["delete a location", (db, actor, b) => deleteLocation(db, actor, b.locationId)],
  ["download an invoice PDF", (db, actor, b) => findInvoiceFile(db, actor.practiceId, b.invoiceId, "pdf")],
  ["download an invoice XML", (db, actor, b) => findInvoiceFile(db, actor.practiceId, b.invoiceId, "xml")],
  ["lift a patient's opt-out", (db, actor, b) => liftOptOut(db, actor, b.optOutId)],
];

async function arrange() {
  const a = await createPracticeWithMain(database.db);
  const b = await createPracticeWithMain(database.db);
  const staff = await addUser(database.db, b.practiceId, "staff");
  await inviteUser(database.db, b.main, { email: "neu@praxis-b.example", role: "staff" }, { mailer: new FakeMailer(), appUrl: "http://test.local" });
  const [invitation] = await listInvitations(database.db, b.main);
  const message = await insertMessage(database.db, b.practiceId, { sendAt: new Date(Date.now() + 86_400_000) });
  const [sender] = await database.db.insert(practiceSenders).values({ practiceId: b.practiceId, kind: "name", value: `Fremd ${Date.now()}`, verifiedAt: new Date() }).returning();
  const apiKey = await createApiKey(database.db, b.main, { name: "PVS B" });
  const [location] = await database.db.insert(locations).values({ practiceId: b.practiceId, code: "b", name: "Praxis B" }).returning();
  const [reply] = await database.db
    .insert(inboundMessages)
    .values({ practiceId: b.practiceId, carrier: "simulator", carrierMessageId: `reply-${message.id}`, fromNumber: "+4917612345678", toNumber: "+4915112345000", text: "Ja" })
    .returning();
  const [optOut] = await database.db.insert(optOuts).values({ practiceId: b.practiceId, number: "+4917612345678", replyId: reply.id }).returning();
  const invoice = await insertInvoice(database.db, b.practiceId, { pdf: new Uint8Array([0x25, 0x50, 0x44, 0x46]), xml: "<rsm:CrossIndustryInvoice/>" });
  const foreign: Foreign = {
    mainUserId: b.main.userId,
    staffUserId: staff.userId,
    invitationId: invitation.id,
    messageId: message.id,
    senderId: sender.id,
    apiKeyId: apiKey.id,
    locationId: location.id,
    replyId: reply.id,
    invoiceId: invoice.id,
    optOutId: optOut.id,
  };
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
