import http from "node:http";
import type { AddressInfo } from "node:net";
import { generateWebhookSecret, sealWebhookSecret } from "../../lib/pvs-webhooks/secrets";
import type { WebhookSenderDeps } from "../../lib/pvs-webhooks/deliver";
import type { Database } from "../client";
import { webhookEndpoints } from "../schema";
import { FakeMailer } from "./fixtures";

export const TEST_ENCRYPTION_KEY = "test-encryption-key-of-at-least-32-chars";

/** An endpoint of the practice with a known secret (sealed with TEST_ENCRYPTION_KEY). */
export async function insertEndpoint(db: Database, practiceId: string, values: { url: string; eventTypes: string[]; secret?: string; disabledAt?: Date }) {
  const secret = values.secret ?? generateWebhookSecret();
  const [row] = await db
    .insert(webhookEndpoints)
    .values({ practiceId, url: values.url, eventTypes: values.eventTypes, secretSealed: sealWebhookSecret(secret, TEST_ENCRYPTION_KEY), disabledAt: values.disabledAt })
    .returning();
  return { ...row, secret };
}

export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/** A PVS on 127.0.0.1: `answer` decides each response (status 204 unless it says otherwise). */
export async function startReceiver(answer: (request: ReceivedWebhook, response: http.ServerResponse) => void | number = () => 204) {
  const received: ReceivedWebhook[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const webhook = { headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() };
      received.push(webhook);
      const status = answer(webhook, response);
      if (typeof status === "number") response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sender settings for tests: private networks allowed (the receiver is on 127.0.0.1). */
export function testSenderDeps(db: Database, overrides: Partial<WebhookSenderDeps> = {}): WebhookSenderDeps & { mailer: FakeMailer } {
  return {
    db,
    mailer: new FakeMailer(),
    encryptionKey: TEST_ENCRYPTION_KEY,
    policy: { production: false, allowPrivate: true },
    appUrl: "https://praxisbote.test",
    ...overrides,
  } as WebhookSenderDeps & { mailer: FakeMailer };
}
