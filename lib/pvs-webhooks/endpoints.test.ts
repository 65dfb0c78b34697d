import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, webhookAttempts, webhookEndpoints } from "../../db/schema";
import { addUser, createPracticeWithMain, snapshotDatabase } from "../../db/testing/account-fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import type { Actor } from "../accounts/actor";
import { DomainError } from "../errors/domain-error";
import { MAX_WEBHOOK_ENDPOINTS } from "./endpoint-limits";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookAttempts,
  listWebhookEndpoints,
  reenableWebhookEndpoint,
  requireWebhookEndpoint,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from "./endpoints";
import { ROTATION_OVERLAP_MS, signingSecrets } from "./secrets";

const database = setUpTestDatabase();

const KEY = "test-encryption-key-with-at-least-32-characters";
const rules = { production: true, allowPrivate: false };
const options = { rules, encryptionKey: KEY };
const T0 = new Date("2026-11-02T09:00:00Z");
const valid = { url: "https://pvs.example.com/hooks/praxisbote", eventTypes: ["message.delivered", "message.sent"], description: " Empfang " };

async function refusal(promise: Promise<unknown>) {
  const caught = await promise.then(() => null, (error: unknown) => error);
  if (!(caught instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(caught)}`);
  return { code: caught.code, field: caught.field, message: caught.message };
}

const auditEntries = async (practiceId: string, action: string) =>
  (await database.db.select().from(auditLog).where(eq(auditLog.practiceId, practiceId))).filter((entry) => entry.action === action);

const endpointRow = async (id: string) => (await database.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)))[0];

describe("creating an endpoint", () => {
  it("returns the secret once and keeps it only sealed", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const { endpoint, secret } = await createWebhookEndpoint(database.db, main, valid, options, T0);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    // In the list's order, not the checkboxes'; the description trimmed.
    expect(endpoint).toMatchObject({ url: valid.url, eventTypes: ["message.sent", "message.delivered"], description: "Empfang", status: "active" });
    expect(JSON.stringify(await snapshotDatabase(database.db))).not.toContain(secret.slice(6));
    expect(signingSecrets(await endpointRow(endpoint.id), KEY, T0)).toEqual([secret]);
    expect(JSON.stringify(await listWebhookEndpoints(database.db, main, T0))).not.toContain(secret.slice(6));
    expect(await auditEntries(practiceId, "webhook_endpoint.created")).toEqual([
      expect.objectContaining({ actorUserId: main.userId, details: { url: valid.url, eventTypes: ["message.sent", "message.delivered"] }, ip: "192.0.2.7" }),
    ]);
  });

  it("refuses bad input next to its field, in German", async () => {
    const { main } = await createPracticeWithMain(database.db);
    expect(await refusal(createWebhookEndpoint(database.db, main, { ...valid, eventTypes: [] }, options))).toMatchObject({
      code: "invalid_request",
      field: "eventTypes",
      message: "Bitte wählen Sie mindestens ein Ereignis.",
    });
    expect(await refusal(createWebhookEndpoint(database.db, main, { ...valid, eventTypes: ["message.pending"] }, options))).toMatchObject({ field: "eventTypes" });
    expect(await refusal(createWebhookEndpoint(database.db, main, { ...valid, description: "x".repeat(201) }, options))).toMatchObject({
      field: "description",
      message: expect.stringContaining("200 Zeichen"),
    });
    expect(await refusal(createWebhookEndpoint(database.db, main, { ...valid, url: "  " }, options))).toMatchObject({ field: "url" });
    expect(await refusal(createWebhookEndpoint(database.db, main, { ...valid, url: "http://pvs.example.com/hooks" }, options))).toMatchObject({ field: "url" });
    expect(await refusal(createWebhookEndpoint(database.db, main, { ...valid, url: "kein link" }, options))).toMatchObject({ field: "url" });
    expect(await listWebhookEndpoints(database.db, main)).toEqual([]);
  });

  it("allows http only for localhost outside production, or with private networks allowed", async () => {
    const { main } = await createPracticeWithMain(database.db);
    const local = { ...valid, url: "http://localhost:8080/hooks" };
    expect(await refusal(createWebhookEndpoint(database.db, main, local, options))).toMatchObject({ field: "url" });
    const development = await createWebhookEndpoint(database.db, main, local, { ...options, rules: { production: false, allowPrivate: false } });
    expect(development.endpoint.url).toBe("http://localhost:8080/hooks");
    const selfHosted = await createWebhookEndpoint(database.db, main, { ...valid, url: "http://192.168.1.20/pvs" }, { ...options, rules: { production: true, allowPrivate: true } });
    expect(selfHosted.endpoint.url).toBe("http://192.168.1.20/pvs");
  });

  it(`stops at ${MAX_WEBHOOK_ENDPOINTS} endpoints per practice`, async () => {
    const { main } = await createPracticeWithMain(database.db);
    await Promise.all(Array.from({ length: MAX_WEBHOOK_ENDPOINTS + 2 }, (_, n) => createWebhookEndpoint(database.db, main, { ...valid, url: `${valid.url}/${n}` }, options).catch(() => null)));
    expect(await listWebhookEndpoints(database.db, main)).toHaveLength(MAX_WEBHOOK_ENDPOINTS);
    expect(await refusal(createWebhookEndpoint(database.db, main, valid, options))).toMatchObject({ code: "invalid_request", message: expect.stringContaining("schon 10") });
  });
});

describe("managing an endpoint", () => {
  it("rotates the secret: both sign for 24 hours, then only the new one", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const { endpoint, secret: first } = await createWebhookEndpoint(database.db, main, valid, options, T0);
    const rotated = await rotateWebhookSecret(database.db, main, endpoint.id, KEY, T0);
    expect(rotated.secret).not.toBe(first);
    expect(rotated.previousSecretUntil).toEqual(new Date(T0.getTime() + ROTATION_OVERLAP_MS));
    const row = await endpointRow(endpoint.id);
    expect(signingSecrets(row, KEY, new Date(T0.getTime() + ROTATION_OVERLAP_MS - 1))).toEqual([rotated.secret, first]);
    expect(signingSecrets(row, KEY, new Date(T0.getTime() + ROTATION_OVERLAP_MS))).toEqual([rotated.secret]);
    expect((await requireWebhookEndpoint(database.db, main, endpoint.id, T0)).previousSecretUntil).toEqual(rotated.previousSecretUntil);
    expect((await requireWebhookEndpoint(database.db, main, endpoint.id, rotated.previousSecretUntil)).previousSecretUntil).toBeNull();
    expect(await auditEntries(practiceId, "webhook_endpoint.secret_rotated")).toEqual([
      expect.objectContaining({ details: { url: valid.url, previousSecretUntil: rotated.previousSecretUntil.toISOString() } }),
    ]);
    expect(JSON.stringify(await snapshotDatabase(database.db))).not.toContain(rotated.secret.slice(6));
  });

  it("changes URL, events and description; a new URL starts without failures", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const { endpoint } = await createWebhookEndpoint(database.db, main, valid, options, T0);
    await database.db.update(webhookEndpoints).set({ failingSince: T0 }).where(eq(webhookEndpoints.id, endpoint.id));
    const sameUrl = await updateWebhookEndpoint(database.db, main, endpoint.id, { ...valid, eventTypes: ["reply.received"] }, options, new Date(T0.getTime() + 1000));
    expect(sameUrl).toMatchObject({ eventTypes: ["reply.received"], status: "failing" });
    const newUrl = "https://neu.example.com/hook";
    const moved = await updateWebhookEndpoint(database.db, main, endpoint.id, { url: newUrl, eventTypes: ["reply.received"], description: "" }, options, new Date(T0.getTime() + 2000));
    expect(moved).toMatchObject({ url: newUrl, description: "", failingSince: null, status: "active" });
    // Saving without a change writes no entry.
    await updateWebhookEndpoint(database.db, main, endpoint.id, { url: newUrl, eventTypes: ["reply.received"] }, options, new Date(T0.getTime() + 3000));
    const changes = (await auditEntries(practiceId, "webhook_endpoint.changed")).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    expect(changes.map((entry) => entry.details)).toEqual([
      { url: valid.url, eventTypes: { from: ["message.sent", "message.delivered"], to: ["reply.received"] } },
      { url: { from: valid.url, to: newUrl }, description: { from: "Empfang", to: "" } },
    ]);
    expect(await refusal(updateWebhookEndpoint(database.db, main, endpoint.id, { ...valid, eventTypes: [] }, options))).toMatchObject({ field: "eventTypes" });
  });

  it("re-enables a disabled endpoint with a clean record, once", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const { endpoint } = await createWebhookEndpoint(database.db, main, valid, options, T0);
    await database.db
      .update(webhookEndpoints)
      .set({ failingSince: T0, disabledAt: new Date(T0.getTime() + 3 * 86_400_000), disabledReason: "3 Tage lang nicht erreichbar" })
      .where(eq(webhookEndpoints.id, endpoint.id));
    expect((await requireWebhookEndpoint(database.db, main, endpoint.id)).status).toBe("disabled");
    expect(await reenableWebhookEndpoint(database.db, main, endpoint.id)).toEqual({ reenabled: true });
    expect(await requireWebhookEndpoint(database.db, main, endpoint.id)).toMatchObject({ status: "active", disabledAt: null, disabledReason: null, failingSince: null });
    expect(await reenableWebhookEndpoint(database.db, main, endpoint.id)).toEqual({ reenabled: false });
    expect(await auditEntries(practiceId, "webhook_endpoint.reenabled")).toHaveLength(1);
  });

  it("deletes an endpoint with its attempts", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const { endpoint } = await createWebhookEndpoint(database.db, main, valid, options, T0);
    await database.db.insert(webhookAttempts).values({ endpointId: endpoint.id, eventType: "webhook.test", httpStatus: 200, durationMs: 12 });
    expect(await deleteWebhookEndpoint(database.db, main, endpoint.id)).toEqual({ url: valid.url });
    expect(await listWebhookEndpoints(database.db, main)).toEqual([]);
    expect(await database.db.select().from(webhookAttempts).where(eq(webhookAttempts.endpointId, endpoint.id))).toEqual([]);
    expect(await auditEntries(practiceId, "webhook_endpoint.deleted")).toEqual([expect.objectContaining({ details: { url: valid.url } })]);
    expect(await refusal(deleteWebhookEndpoint(database.db, main, endpoint.id))).toMatchObject({ code: "not_found" });
  });

  it("lists the last 100 attempts, newest first", async () => {
    const { main } = await createPracticeWithMain(database.db);
    const { endpoint } = await createWebhookEndpoint(database.db, main, valid, options, T0);
    await database.db.insert(webhookAttempts).values(
      Array.from({ length: 105 }, (_, n) => ({
        endpointId: endpoint.id,
        eventType: "message.delivered",
        attemptedAt: new Date(T0.getTime() + n * 1000),
        httpStatus: n % 2 ? 200 : 503,
        durationMs: n,
        error: n % 2 ? null : "HTTP 503",
        nextAttemptAt: n % 2 ? null : new Date(T0.getTime() + n * 1000 + 300_000),
      })),
    );
    const attempts = await listWebhookAttempts(database.db, main, endpoint.id);
    expect(attempts).toHaveLength(100);
    expect(attempts[0]).toMatchObject({ durationMs: 104, httpStatus: 503, succeeded: false, error: "HTTP 503", nextAttemptAt: new Date(T0.getTime() + 404_000) });
    expect(attempts[1]).toMatchObject({ durationMs: 103, succeeded: true, nextAttemptAt: null });
    expect(attempts.at(-1)?.durationMs).toBe(5);
  });
});

describe("another practice and staff", () => {
  it("cannot see or change a practice's endpoint, and nothing changes", async () => {
    const owner = await createPracticeWithMain(database.db);
    const other = await createPracticeWithMain(database.db);
    const { endpoint } = await createWebhookEndpoint(database.db, owner.main, valid, options, T0);
    const staff = await addUser(database.db, owner.practiceId, "staff");
    const before = await snapshotDatabase(database.db);
    const attempts: [string, (actor: Actor) => Promise<unknown>][] = [
      ["require", (actor) => requireWebhookEndpoint(database.db, actor, endpoint.id)],
      ["attempts", (actor) => listWebhookAttempts(database.db, actor, endpoint.id)],
      ["update", (actor) => updateWebhookEndpoint(database.db, actor, endpoint.id, valid, options)],
      ["rotate", (actor) => rotateWebhookSecret(database.db, actor, endpoint.id, KEY)],
      ["re-enable", (actor) => reenableWebhookEndpoint(database.db, actor, endpoint.id)],
      ["delete", (actor) => deleteWebhookEndpoint(database.db, actor, endpoint.id)],
    ];
    for (const [name, attempt] of attempts) expect(await refusal(attempt(other.main)), name).toMatchObject({ code: "not_found" });
    expect(await listWebhookEndpoints(database.db, other.main)).toEqual([]);

    for (const [name, attempt] of attempts) expect(await refusal(attempt(staff)), name).toMatchObject({ code: "forbidden" });
    expect(await refusal(listWebhookEndpoints(database.db, staff))).toMatchObject({ code: "forbidden" });
    expect(await refusal(createWebhookEndpoint(database.db, staff, valid, options))).toMatchObject({ code: "forbidden" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
    expect(await refusal(requireWebhookEndpoint(database.db, owner.main, "kein-uuid"))).toMatchObject({ code: "not_found" });
  });
});
