import { InngestTestEngine } from "@inngest/test";
import { afterEach, describe, expect, it } from "vitest";
import { createTestPractice, insertMessage } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { insertEndpoint, startReceiver, testSenderDeps } from "../../db/testing/webhook-fixtures";
import { recordReport } from "../../lib/delivery/record-report";
import { testDeps } from "../testing/test-deps";
import { createDeliverAnnouncedWebhooks, createDeliverWebhooks } from "./deliver-webhooks";

const database = setUpTestDatabase();
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
afterEach(() => receiver?.close());

describe("deliver-webhooks", () => {
  it("runs every minute, and debounced when a status change announces webhooks", () => {
    expect(createDeliverWebhooks(testDeps(database.db)).opts.triggers).toEqual([{ cron: "* * * * *" }]);
    const announced = createDeliverAnnouncedWebhooks(testDeps(database.db)).opts;
    expect(announced.triggers).toEqual([expect.objectContaining({ event: "webhooks/deliveries.due" })]);
    expect(announced.debounce).toEqual({ period: "1s", timeout: "3s" });
  });

  it("sends what the outbox owes, with the state in PostgreSQL", async () => {
    const db = database.db;
    receiver = await startReceiver(() => 204);
    const practiceId = await createTestPractice(db);
    await insertEndpoint(db, practiceId, { url: receiver.url, eventTypes: ["message.delivered"] });
    await insertMessage(db, practiceId, { status: "sent", carrier: "fake", carrierMessageId: "c-1", handedOverAt: new Date() });
    await recordReport(db, { carrier: "fake", carrierMessageId: "c-1", status: "delivered", carrierStatus: "DELIVERED" });

    const t = new InngestTestEngine({ function: createDeliverWebhooks({ ...testDeps(db), sender: async () => testSenderDeps(db) }) });
    const { result } = await t.execute();
    expect(result).toEqual({ succeeded: 1, failed: 0, abandoned: 0, "lost-claim": 0 });
    expect(receiver.received).toHaveLength(1);
  });
});
