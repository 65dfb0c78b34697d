import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { ensureSimulatorSecret } from "./simulator-secret";

const database = setUpTestDatabase();

describe("the simulator's installation secret", () => {
  it("is random per installation and the same for every instance that asks", async () => {
    const first = await Promise.all([1, 2, 3].map(() => ensureSimulatorSecret(database.db)));
    expect(new Set(first).size).toBe(1);
    expect(first[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(first[0]).not.toContain("dev");
    expect(await ensureSimulatorSecret(database.db)).toBe(first[0]);
  });

  it("differs between installations", async () => {
    const one = await ensureSimulatorSecret(database.db);
    await database.db.execute(sql`delete from installation_settings`);
    expect(await ensureSimulatorSecret(database.db)).not.toBe(one);
  });
});
