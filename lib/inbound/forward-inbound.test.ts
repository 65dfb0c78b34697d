import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inboundMessages, practices } from "../../db/schema";
import { createCaller } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { acceptMessage } from "../messages/accept-message";
import { validateSmsRequest } from "../messages/validate-sms-request";
import { ResendMailer } from "../email/mailer";
import { forwardInbound } from "./forward-inbound";
import { recordInbound } from "./record-inbound";

const database = setUpTestDatabase();

// A local server that speaks Resend's POST /emails, so the real SDK is exercised.
let server: Server;
let baseUrl: string;
const emails: { authorization?: string; idempotencyKey?: string; body: { from: string; to: string | string[]; subject: string; html: string; text: string } }[] = [];
let failNext = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      if (failNext > 0) {
        failNext--;
        response.writeHead(500, { "Content-Type": "application/json" });
        response.end(JSON.stringify({ name: "internal_server_error", message: "kaputt", statusCode: 500 }));
        return;
      }
      emails.push({
        authorization: request.headers.authorization,
        idempotencyKey: request.headers["idempotency-key"] as string | undefined,
        body: JSON.parse(body),
      });
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ id: `email-${emails.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  emails.length = 0;
  failNext = 0;
});

async function practiceWithSentReminder() {
  const setup = await createCaller(database.db, { defaultSender: "+4915112345600", replyForwardEmail: "empfang@praxis-berg.de" });
  const draft = validateSmsRequest({ to: "+4917612345606", text: "Ihr Termin ist morgen um 10 Uhr." }, setup.caller.practice, new Date());
  const { message } = await acceptMessage(database.db, setup.caller, draft);
  return { setup, message };
}

const reply = { carrier: "simulator", carrierMessageId: "in-1", from: "4917612345606", to: "+4915112345600", text: "Ich komme 10 Minuten später.", receivedAt: new Date("2026-11-26T09:15:00Z") };

describe("replies from patients", () => {
  it("are tied to the reminder they answer and forwarded once by e-mail through Resend", async () => {
    const { setup, message } = await practiceWithSentReminder();
    const inboundId = await recordInbound(database.db, reply);
    expect(inboundId).not.toBeNull();
    expect(await recordInbound(database.db, reply)).toBeNull();

    const [stored] = await database.db.select().from(inboundMessages).where(eq(inboundMessages.id, inboundId!));
    expect(stored).toMatchObject({ practiceId: setup.caller.practice.id, inReplyToMessageId: message.id, fromNumber: "+4917612345606" });

    const mailer = new ResendMailer("re_test_key", "Praxisbote <noreply@praxisbote.de>", baseUrl);
    expect(await forwardInbound(database.db, mailer, inboundId!)).toBe("forwarded");
    expect(await forwardInbound(database.db, mailer, inboundId!)).toBe("already-forwarded");
    expect(emails).toHaveLength(1);
    const [email] = emails;
    expect(email.authorization).toBe("Bearer re_test_key");
    expect(email.idempotencyKey).toBe(`inbound-${inboundId}`);
    expect(email.body.to).toEqual("empfang@praxis-berg.de");
    expect(email.body.subject).toBe("SMS-Antwort von +4917612345606");
    expect(email.body.text).toContain("Ich komme 10 Minuten später.");
    expect(email.body.text).toContain("Ihr Termin ist morgen um 10 Uhr.");
    expect(email.body.html).toContain("Ich komme 10 Minuten später.");
  });

  it("keep a failed e-mail for the next try instead of dropping it", async () => {
    await practiceWithSentReminder();
    const inboundId = (await recordInbound(database.db, reply))!;
    const mailer = new ResendMailer("re_test_key", "Praxisbote <noreply@praxisbote.de>", baseUrl);
    failNext = 1;
    expect(await forwardInbound(database.db, mailer, inboundId)).toBe("failed");
    const [failed] = await database.db.select().from(inboundMessages).where(eq(inboundMessages.id, inboundId));
    expect(failed).toMatchObject({ forwardedAt: null, forwardAttempts: 1 });
    expect(failed.forwardError).toContain("kaputt");
    expect(await forwardInbound(database.db, mailer, inboundId)).toBe("forwarded");
    expect(emails).toHaveLength(1);
  });

  it("go to the practice that rents the reply number, even if another practice sent from it", async () => {
    const owner = await createCaller(database.db, { replyNumber: "+4915112345600" });
    const impostor = await createCaller(database.db, { defaultSender: "+4915112345600" });
    const draft = validateSmsRequest({ to: "+4917612345606", text: "Von der falschen Praxis" }, impostor.caller.practice, new Date());
    await acceptMessage(database.db, impostor.caller, draft);
    const inboundId = await recordInbound(database.db, reply);
    const [stored] = await database.db.select().from(inboundMessages).where(eq(inboundMessages.id, inboundId!));
    expect(stored.practiceId).toBe(owner.caller.practice.id);
    expect(stored.inReplyToMessageId).toBeNull();
  });

  it("reach a practice through its rented reply number when no reminder matches", async () => {
    const setup = await createCaller(database.db, { replyNumber: "+4915199999900" });
    const inboundId = await recordInbound(database.db, { ...reply, carrierMessageId: "in-2", to: "4915199999900" });
    const [stored] = await database.db.select().from(inboundMessages).where(eq(inboundMessages.id, inboundId!));
    expect(stored.practiceId).toBe(setup.caller.practice.id);
    const [practice] = await database.db.select().from(practices).where(eq(practices.id, setup.caller.practice.id));
    expect(practice.replyNumber).toBe("+4915199999900");
  });
});
