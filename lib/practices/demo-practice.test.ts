import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../../db/testing/test-database";
import { DEMO_EMAIL, ensureDemoPractice, formatDemoBanner } from "./demo-practice";

const database = setUpTestDatabase();
const dataDir = mkdtempSync(path.join(tmpdir(), "praxisbote-demo-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("ensureDemoPractice", () => {
  it("creates the demo practice once and prints the same credentials on every start", async () => {
    const first = await ensureDemoPractice(database.db, dataDir);
    expect(first.created).toBe(true);
    expect(first.credentials?.email).toBe(DEMO_EMAIL);

    const second = await ensureDemoPractice(database.db, dataDir);
    expect(second.created).toBe(false);
    expect(second.credentials).toEqual(first.credentials);

    const banner = formatDemoBanner(second, "http://localhost:3000");
    expect(banner).toContain(first.credentials!.password);
    expect(banner).toContain(first.credentials!.apiKey);
  });
});
