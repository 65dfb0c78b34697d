import { InngestTestEngine } from "@inngest/test";
import type { EventPayload } from "inngest";
import { describe, expect, it } from "vitest";
import { inboundMessages } from "../../db/schema";
import { FakeCarrier, FakeMailer, createTestPractice } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { testDeps } from "../testing/test-deps";
import { createForwardInbound } from "./forward-inbound";

const database = setUpTestDatabase();

async function inboundReply() {
  const practiceId = await createTestPractice(database.db);
  const [row] = await database.db
    .insert(inboundMessages)
    .values({ practiceId, carrier: "fake", carrierMessageId: "in-1", fromNumber: "+4917612345678", toNumber: "+4930123456", text: "Ich komme." })
    .returning();
  return row;
}

const received = (inboundId: string): [EventPayload] => [{ name: "sms/inbound.received", data: { inboundId } }];

function engine(mailer: FakeMailer) {
  return new InngestTestEngine({ function: createForwardInbound(testDeps(database.db, new FakeCarrier(), mailer)) });
}

async function inboundRow(id: string) {
  const [row] = await database.db.select().from(inboundMessages);
  expect(row.id).toBe(id);
  return row;
}

describe("forward-inbound", () => {
  it("e-mails a reply to the practice once", async () => {
    const inbound = await inboundReply();
    const mailer = new FakeMailer();
    const { result } = await engine(mailer).execute({ events: received(inbound.id) });

    expect(result).toEqual({ inboundId: inbound.id, outcome: "forwarded" });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ to: expect.stringMatching(/@example\.test$/), idempotencyKey: `inbound-${inbound.id}` });
    expect(mailer.sent[0].text).toContain("Ich komme.");
    expect((await inboundRow(inbound.id)).forwardedAt).not.toBeNull();

    const again = await engine(mailer).execute({ events: received(inbound.id) });
    expect(again.result).toEqual({ inboundId: inbound.id, outcome: "already-forwarded" });
    expect(mailer.sent).toHaveLength(1);
  });

  it("throws from its step when the e-mail fails, so Inngest retries it", async () => {
    const inbound = await inboundReply();
    const mailer = new FakeMailer();
    mailer.failWith = "Resend: rate limited";
    const { result, error } = await engine(mailer).execute({ events: received(inbound.id) });

    expect(result).toBeUndefined();
    expect(error).toMatchObject({ message: expect.stringContaining("fehlgeschlagen") });
    expect(await inboundRow(inbound.id)).toMatchObject({ forwardedAt: null, forwardAttempts: 1, forwardError: "Resend: rate limited" });
  });
});
