import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { addUser, createPracticeWithMain, snapshotDatabase } from "../../db/testing/account-fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { apiKeys, auditLog, locations } from "../../db/schema";
import { hashApiKey } from "../api/api-key";
import { authenticate } from "../api/authenticate";
import { ApiError } from "../api/errors";
import { checkApiKey } from "./check-key";
import { createApiKey, listApiKeys, revokeApiKey, rotateApiKey, ROTATION_GRACE_DAYS } from "./manage-keys";

const database = setUpTestDatabase();

const DAY = 86_400_000;
const T0 = new Date("2026-03-02T09:00:00Z");
const at = (days: number) => new Date(T0.getTime() + days * DAY);

/** What the API does with the key at `now`: its practice id, or the refusal's code and status. */
async function apiSees(key: string, now: Date) {
  try {
    const { caller } = await authenticate(database.db, new Request("http://test.local/api/v1/key-check", { headers: { authorization: `Bearer ${key}` } }), 1_000_000, now);
    return { practiceId: caller.practice.id };
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, status: error.status };
    throw error;
  }
}

const auditEntries = (practiceId: string) => database.db.select().from(auditLog).where(eq(auditLog.practiceId, practiceId));

describe("creating a key", () => {
  it("shows the whole key once and stores only its hash and prefix", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const issued = await createApiKey(database.db, main, { name: " Empfang " }, T0);
    expect(issued.key).toMatch(/^pb_live_[A-Za-z0-9]{32}$/);
    expect(issued.key.startsWith(issued.prefix)).toBe(true);
    const [row] = await database.db.select().from(apiKeys).where(eq(apiKeys.id, issued.id));
    expect(row).toMatchObject({ practiceId, name: "Empfang", prefix: issued.prefix, keyHash: hashApiKey(issued.key), expiresAt: null, revokedAt: null });
    expect(JSON.stringify(await snapshotDatabase(database.db))).not.toContain(issued.key);
    expect(await apiSees(issued.key, T0)).toEqual({ practiceId });
    // The list never holds the key itself.
    const listed = await listApiKeys(database.db, main, T0);
    expect(JSON.stringify(listed)).not.toContain(issued.key);
    expect(listed.find((key) => key.id === issued.id)).toMatchObject({ name: "Empfang", status: "active", location: null });
    const entries = await auditEntries(practiceId);
    expect(entries.filter((entry) => entry.action === "api_key.created")).toEqual([
      expect.objectContaining({ actorUserId: main.userId, details: { name: "Empfang", prefix: issued.prefix, location: null, sandbox: false }, ip: "192.0.2.7" }),
    ]);
  });

  it("binds a key to one of the practice's locations, never to another practice's", async () => {
    const a = await createPracticeWithMain(database.db);
    const b = await createPracticeWithMain(database.db);
    const [own] = await database.db.insert(locations).values({ practiceId: a.practiceId, code: "nord", name: "Praxis Nord" }).returning();
    const [foreign] = await database.db.insert(locations).values({ practiceId: b.practiceId, code: "sued", name: "Praxis Süd" }).returning();
    const issued = await createApiKey(database.db, a.main, { name: "Nord", locationId: own.id });
    const caller = await apiSees(issued.key, new Date());
    expect(caller).toEqual({ practiceId: a.practiceId });
    // The key's "last used" is written in the background after a request; let it land first.
    await vi.waitFor(async () => {
      const [key] = await database.db.select({ lastUsedAt: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, issued.id));
      expect(key.lastUsedAt).not.toBeNull();
    });
    const before = await snapshotDatabase(database.db);
    await expect(createApiKey(database.db, a.main, { name: "Süd", locationId: foreign.id })).rejects.toMatchObject({ code: "not_found", field: "locationId" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });
});

describe("test keys", () => {
  it("start with pb_test_, carry a Test badge in the list, and make the API see a sandbox caller", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const issued = await createApiKey(database.db, main, { name: "PVS-Test", mode: "test" }, T0);
    expect(issued).toMatchObject({ sandbox: true, name: "PVS-Test" });
    expect(issued.key).toMatch(/^pb_test_[A-Za-z0-9]{32}$/);
    expect(issued.prefix).toMatch(/^pb_test_/);
    const live = await createApiKey(database.db, main, { name: "PVS", mode: "live" }, T0);
    expect(live.key).toMatch(/^pb_live_/);
    // A form without the choice creates a live key.
    expect((await createApiKey(database.db, main, { name: "Alt", mode: "" }, T0)).sandbox).toBe(false);

    const listed = await listApiKeys(database.db, main, T0);
    expect(listed.find((key) => key.id === issued.id)).toMatchObject({ sandbox: true, prefix: issued.prefix });
    expect(listed.find((key) => key.id === live.id)).toMatchObject({ sandbox: false });
    const { caller } = await authenticate(database.db, new Request("http://test.local/api/v1/key-check", { headers: { authorization: `Bearer ${issued.key}` } }), 1_000_000, T0);
    expect(caller).toMatchObject({ practice: { id: practiceId }, sandbox: true, apiKeyId: issued.id });
    const [entry] = (await auditEntries(practiceId)).filter((e) => e.action === "api_key.created" && e.details && (e.details as { name?: string }).name === "PVS-Test");
    expect(entry.details).toMatchObject({ sandbox: true });
  });

  it("stay test keys when rotated", async () => {
    const { main } = await createPracticeWithMain(database.db);
    const old = await createApiKey(database.db, main, { name: "PVS-Test", mode: "test" }, T0);
    const rotated = await rotateApiKey(database.db, main, old.id, at(1));
    expect(rotated.sandbox).toBe(true);
    expect(rotated.key).toMatch(/^pb_test_/);
    const [row] = await database.db.select().from(apiKeys).where(eq(apiKeys.id, rotated.id));
    expect(row.sandbox).toBe(true);
  });

  it("are named as such by the portal's Key-Check, without the confirmation hint for real SMS", async () => {
    const a = await createPracticeWithMain(database.db);
    const issued = await createApiKey(database.db, a.main, { name: "PVS-Test", mode: "test" });
    const checked = await checkApiKey(database.db, a.main, issued.key, { defaultLimit: 100, realCarrier: true });
    expect(checked).toMatchObject({ valid: true, ownPractice: true, answer: { sandbox: true } });
    expect(checked.message).toContain("Test-Schlüssel");
  });
});

describe("the API's lookup", () => {
  it("refuses an expired key with 401 and accepts one within its grace period", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const issued = await createApiKey(database.db, main, { name: "PVS" }, T0);
    await database.db.update(apiKeys).set({ expiresAt: at(1) }).where(eq(apiKeys.id, issued.id));
    expect(await apiSees(issued.key, at(0.5))).toEqual({ practiceId });
    expect(await apiSees(issued.key, at(1))).toEqual({ code: "invalid_api_key", status: 401 });
    expect(await apiSees(issued.key, at(2))).toEqual({ code: "invalid_api_key", status: 401 });
  });
});

describe("rotating a key", () => {
  it("issues a new key and keeps the old one working for the grace period, then refuses it", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const old = await createApiKey(database.db, main, { name: "Empfang" }, T0);
    const rotated = await rotateApiKey(database.db, main, old.id, at(1));
    expect(rotated).toMatchObject({ name: "Empfang", oldPrefix: old.prefix, oldExpiresAt: at(1 + ROTATION_GRACE_DAYS) });
    expect(rotated.key).not.toBe(old.key);

    expect(await apiSees(old.key, at(1 + ROTATION_GRACE_DAYS - 0.01))).toEqual({ practiceId });
    expect(await apiSees(rotated.key, at(1 + ROTATION_GRACE_DAYS - 0.01))).toEqual({ practiceId });
    expect(await apiSees(old.key, at(1 + ROTATION_GRACE_DAYS))).toEqual({ code: "invalid_api_key", status: 401 });
    expect(await apiSees(rotated.key, at(30))).toEqual({ practiceId });

    const listed = await listApiKeys(database.db, main, at(2));
    expect(listed.find((key) => key.id === old.id)).toMatchObject({ status: "expiring", expiresAt: at(1 + ROTATION_GRACE_DAYS) });
    expect((await listApiKeys(database.db, main, at(30))).find((key) => key.id === old.id)?.status).toBe("expired");

    const [entry] = (await auditEntries(practiceId)).filter((e) => e.action === "api_key.rotated");
    expect(entry).toMatchObject({
      actorUserId: main.userId,
      details: { name: "Empfang", prefix: { from: old.prefix, to: rotated.prefix }, oldKeyValidUntil: at(1 + ROTATION_GRACE_DAYS).toISOString() },
    });
  });

  it("does not rotate a key twice, nor a revoked one", async () => {
    const { main } = await createPracticeWithMain(database.db);
    const old = await createApiKey(database.db, main, { name: "PVS" });
    await rotateApiKey(database.db, main, old.id);
    await expect(rotateApiKey(database.db, main, old.id)).rejects.toMatchObject({ code: "not_found" });
    const other = await createApiKey(database.db, main, { name: "Labor" });
    await revokeApiKey(database.db, main, other.id);
    await expect(rotateApiKey(database.db, main, other.id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("revoking a key", () => {
  it("stops the key at once, also within a grace period, and says how many keys still work", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const old = await createApiKey(database.db, main, { name: "PVS" }, T0);
    const rotated = await rotateApiKey(database.db, main, old.id, T0);
    // The key sign-up created also still works.
    expect(await revokeApiKey(database.db, main, old.id, at(1))).toEqual({ revoked: true, workingKeysLeft: 2 });
    expect(await apiSees(old.key, at(1))).toEqual({ code: "invalid_api_key", status: 401 });
    expect(await apiSees(rotated.key, at(1))).toEqual({ practiceId });
    expect(await revokeApiKey(database.db, main, old.id, at(1))).toEqual({ revoked: false, workingKeysLeft: 2 });
    const [entry] = (await auditEntries(practiceId)).filter((e) => e.action === "api_key.revoked");
    expect(entry).toMatchObject({ actorUserId: main.userId, details: { name: "PVS", prefix: old.prefix, workingKeysLeft: 2 } });
    expect((await auditEntries(practiceId)).filter((e) => e.action === "api_key.revoked")).toHaveLength(1);
  });

  it("revokes the last working key too (the page warns), leaving none", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const keys = await database.db.select().from(apiKeys).where(and(eq(apiKeys.practiceId, practiceId)));
    expect(keys).toHaveLength(1);
    expect(await revokeApiKey(database.db, main, keys[0].id)).toEqual({ revoked: true, workingKeysLeft: 0 });
    expect((await listApiKeys(database.db, main))[0].status).toBe("revoked");
  });
});

describe("staff", () => {
  it("can neither list, create, rotate, revoke nor check keys, and nothing changes", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    const staff = await addUser(database.db, practiceId, "staff");
    const issued = await createApiKey(database.db, main, { name: "PVS" });
    const before = await snapshotDatabase(database.db);
    await expect(listApiKeys(database.db, staff)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createApiKey(database.db, staff, { name: "Mein Key" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(rotateApiKey(database.db, staff, issued.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(revokeApiKey(database.db, staff, issued.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(checkApiKey(database.db, staff, issued.key, { defaultLimit: 100, realCarrier: false })).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });
});

describe("the portal's Key-Check", () => {
  it("answers in German for the practice's own key, another practice's and an unknown one", async () => {
    const a = await createPracticeWithMain(database.db);
    const b = await createPracticeWithMain(database.db);
    const own = await createApiKey(database.db, a.main, { name: "PVS" });
    const foreign = await createApiKey(database.db, b.main, { name: "PVS" });
    const options = { defaultLimit: 100, realCarrier: false };
    const checked = await checkApiKey(database.db, a.main, `  ${own.key}\n`, options);
    expect(checked).toMatchObject({ valid: true, ownPractice: true, answer: { valid: true, practice: { id: a.practiceId }, confirmed: true, hint: null } });
    expect(checked.message).toMatch(/^Der API-Key ist gültig und gehört zu Kontenpraxis/);
    expect(await checkApiKey(database.db, a.main, foreign.key, options)).toEqual({
      valid: true,
      ownPractice: false,
      message: "Dieser API-Key ist gültig, gehört aber nicht zu Ihrer Praxis.",
    });
    expect(await checkApiKey(database.db, a.main, "pb_live_unbekannt", options)).toMatchObject({ valid: false, message: expect.stringContaining("ungültig, abgelaufen oder widerrufen") });
    expect(await checkApiKey(database.db, a.main, " ", options)).toEqual({ valid: false, message: "Bitte fügen Sie einen API-Key ein." });
  });
});
