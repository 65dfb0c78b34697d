import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, locations } from "../../db/schema";
import { addUser, createPracticeWithMain, snapshotDatabase } from "../../db/testing/account-fixtures";
import { insertMessage } from "../../db/testing/fixtures";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { createApiKey } from "../api-keys/manage-keys";
import { addLocation, deleteLocation, listLocations, updateLocation } from "./locations";
import type { SaveResult } from "./practice-settings";

const database = setUpTestDatabase();
const t0 = new Date("2026-11-27T10:00:00Z");

const mitte = { code: "mitte", name: "Praxis Mitte", street: "Königstraße 1", postalCode: "70173", city: "Stuttgart" };

const fieldErrors = (result: SaveResult) =>
  result.ok ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));

const auditOf = async (practiceId: string) =>
  (await database.db.select().from(auditLog).where(eq(auditLog.practiceId, practiceId)).orderBy(auditLog.id)).map(({ action, details }) => ({ action, details }));

async function practiceWithLocation() {
  const { practiceId, main } = await createPracticeWithMain(database.db);
  const added = await addLocation(database.db, main, mitte, t0);
  return { practiceId, main, locationId: added.id! };
}

describe("adding a location", () => {
  it("stores it trimmed, lists it and logs it", async () => {
    const { practiceId, main } = await createPracticeWithMain(database.db);
    expect(await addLocation(database.db, main, { ...mitte, code: "  mitte ", street: "", postalCode: "", city: "" }, t0)).toMatchObject({ ok: true });
    expect(await listLocations(database.db, main)).toEqual([
      { id: expect.any(String), code: "mitte", name: "Praxis Mitte", street: null, postalCode: null, city: null, messageCount: 0, apiKeyCount: 0 },
    ]);
    expect(await auditOf(practiceId)).toEqual([{ action: "location.added", details: { code: "mitte", name: "Praxis Mitte", street: null, postalCode: null, city: null } }]);
  });

  it("refuses the API's forbidden codes and a code the practice already has, per field", async () => {
    const { main } = await practiceWithLocation();
    const before = await snapshotDatabase(database.db);
    expect(fieldErrors(await addLocation(database.db, main, { ...mitte, code: "x".repeat(101) }))).toEqual({ code: "Der Code hat höchstens 100 Zeichen." });
    expect(fieldErrors(await addLocation(database.db, main, { ...mitte, code: "mit\u0000te" }))).toEqual({ code: "Der Code enthält unzulässige Zeichen." });
    expect(fieldErrors(await addLocation(database.db, main, { ...mitte, code: "", name: "" }))).toMatchObject({ code: expect.any(String), name: expect.any(String) });
    expect(fieldErrors(await addLocation(database.db, main, { ...mitte, postalCode: "1010" }))).toEqual({ postalCode: "Die Postleitzahl in Deutschland ist fünfstellig." });
    expect(fieldErrors(await addLocation(database.db, main, mitte))).toEqual({ code: "Diesen Code hat schon ein anderer Standort Ihrer Praxis." });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it("lets another practice use the same code", async () => {
    await practiceWithLocation();
    const { main } = await createPracticeWithMain(database.db);
    expect(await addLocation(database.db, main, mitte)).toMatchObject({ ok: true });
  });
});

describe("editing a location", () => {
  it("renames it and logs old and new values", async () => {
    const { practiceId, main, locationId } = await practiceWithLocation();
    expect(await updateLocation(database.db, main, locationId, { ...mitte, name: "Praxis am Schloss" }, t0)).toEqual({ ok: true, changed: ["name"] });
    expect((await auditOf(practiceId)).at(-1)).toEqual({ action: "location.changed", details: { location: "mitte", name: { from: "Praxis Mitte", to: "Praxis am Schloss" } } });
  });

  it("refuses a code another location has", async () => {
    const { main, locationId } = await practiceWithLocation();
    await addLocation(database.db, main, { ...mitte, code: "west" });
    expect(fieldErrors(await updateLocation(database.db, main, locationId, { ...mitte, code: "west" }))).toEqual({ code: expect.stringMatching(/schon ein anderer Standort/) });
  });
});

describe("deleting a location", () => {
  it("deletes one without messages", async () => {
    const { practiceId, main, locationId } = await practiceWithLocation();
    await deleteLocation(database.db, main, locationId, t0);
    expect(await database.db.select().from(locations).where(eq(locations.id, locationId))).toEqual([]);
    expect((await auditOf(practiceId)).at(-1)).toEqual({ action: "location.removed", details: { code: "mitte", name: "Praxis Mitte" } });
  });

  it("refuses one with messages, which can still be renamed", async () => {
    const { practiceId, main, locationId } = await practiceWithLocation();
    await insertMessage(database.db, practiceId, { locationId });
    const before = await snapshotDatabase(database.db);
    await expect(deleteLocation(database.db, main, locationId)).rejects.toMatchObject({ code: "location_in_use" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
    expect((await listLocations(database.db, main))[0].messageCount).toBe(1);
    expect(await updateLocation(database.db, main, locationId, { ...mitte, name: "Praxis Mitte (alt)" })).toMatchObject({ ok: true });
  });
});

describe("a location with its own API key", () => {
  it("cannot be deleted: the key would silently become practice-wide", async () => {
    const { main, locationId } = await practiceWithLocation();
    await createApiKey(database.db, main, { name: "PVS Mitte", locationId });
    await expect(deleteLocation(database.db, main, locationId)).rejects.toMatchObject({ code: "location_in_use" });
    expect((await listLocations(database.db, main))[0]).toMatchObject({ apiKeyCount: 1, messageCount: 0 });
  });
});

describe("staff", () => {
  it("are refused, and nothing changes", async () => {
    const { practiceId, locationId } = await practiceWithLocation();
    const staff = await addUser(database.db, practiceId, "staff");
    const before = await snapshotDatabase(database.db);
    await expect(listLocations(database.db, staff)).rejects.toMatchObject({ code: "forbidden" });
    await expect(addLocation(database.db, staff, { ...mitte, code: "neu" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateLocation(database.db, staff, locationId, mitte)).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteLocation(database.db, staff, locationId)).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });
});
