import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../../../db/testing/test-database";
import { FileMailer, ResendMailer } from "../../email/mailer";
import { startOfBerlinDay } from "../../time/berlin";
import { invoicePractice } from "./run";
import { billablePractice, testInvoicingDeps } from "./testing";

const database = setUpTestDatabase();

// A local server that speaks Resend's POST /emails, so the real SDK and its JSON are exercised.
let server: Server;
let baseUrl: string;
interface ReceivedEmail {
  idempotencyKey?: string;
  body: { to: string | string[]; subject: string; attachments?: { filename: string; content: string; content_type?: string }[] };
}
const emails: ReceivedEmail[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      emails.push({ idempotencyKey: request.headers["idempotency-key"] as string | undefined, body: JSON.parse(body) });
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ id: `email-${emails.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const runAt = new Date("2026-11-01T02:00:00Z");
const october = { year: 2026, month: 10 };

describe("the invoice e-mail", () => {
  it("reaches Resend with the stored PDF and the XML attached", async () => {
    const { db } = database;
    const practiceId = await billablePractice(db, startOfBerlinDay(2026, 9, 1), { billingEmail: "buchhaltung@praxis.test" });
    const mailer = new ResendMailer("re_test_key", "Praxisbote <rechnung@praxisbote.de>", baseUrl);
    const result = await invoicePractice(testInvoicingDeps(db, runAt, { mailer }), practiceId, october);
    expect(result).toMatchObject({ outcome: "issued", emailed: true });

    expect(emails).toHaveLength(1);
    const [email] = emails;
    expect(email.idempotencyKey).toBe("invoice-2026-000001");
    expect(email.body.to).toBe("buchhaltung@praxis.test");
    expect(email.body.subject).toBe("Ihre Rechnung 2026-000001 von Praxisbote Test GmbH");
    const [pdf, xml] = email.body.attachments!;
    expect(pdf).toMatchObject({ filename: "Rechnung-2026-000001.pdf", content_type: "application/pdf" });
    expect(Buffer.from(pdf.content, "base64").toString()).toBe("%PDF-fake 2026-000001 2261");
    expect(xml.filename).toBe("Rechnung-2026-000001.xml");
    expect(Buffer.from(xml.content, "base64").toString()).toContain("<ID>2026-000001</ID>");
  });

  it("lands in the file mailbox with its attachments when there is no Resend", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "praxisbote-invoice-mail-"));
    try {
      const { db } = database;
      const practiceId = await billablePractice(db, startOfBerlinDay(2026, 9, 1));
      const logged: unknown[] = [];
      const original = console.log;
      console.log = (...args: unknown[]) => logged.push(args);
      try {
        await invoicePractice(testInvoicingDeps(db, runAt, { mailer: new FileMailer(directory) }), practiceId, october);
      } finally {
        console.log = original;
      }
      const files = readdirSync(directory).sort();
      expect(files).toHaveLength(3);
      const pdf = files.find((name) => name.endsWith("Rechnung-2026-000001.pdf"))!;
      expect(readFileSync(path.join(directory, pdf), "utf8")).toBe("%PDF-fake 2026-000001 2261");
      expect(files.some((name) => name.endsWith(".html"))).toBe(true);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
