import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { apiKeys, users } from "../db/schema";
import { hashApiKey } from "../lib/api/api-key";
import { verifyPassword } from "../lib/auth/password";
import { TSX_NODE_ARGS } from "./support/tsx-node-args";

const dataDir = mkdtempSync(path.join(tmpdir(), "praxisbote-cli-"));

function practiceCreate(...args: string[]) {
  return spawnSync("node", [...TSX_NODE_ARGS, "scripts/practice-create.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
  });
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("npm run practice:create", () => {
  it("creates a practice whose printed password and API key work", async () => {
    const result = practiceCreate("--name", "Zahnarztpraxis Dr. Berg", "--email", "Team@Praxis-Berg.de", "--json");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const created = JSON.parse(result.stdout);
    expect(created).toEqual({
      practiceId: expect.any(String),
      userId: expect.any(String),
      email: "team@praxis-berg.de",
      password: expect.any(String),
      apiKey: expect.stringMatching(/^pb_live_/),
    });

    const handle = await openDatabase({ driver: "pglite", pgliteDir: path.join(dataDir, "pglite") });
    try {
      const [user] = await handle.db.select().from(users).where(eq(users.email, "team@praxis-berg.de"));
      expect(user.role).toBe("main");
      expect(await verifyPassword(user.passwordHash, created.password)).toBe(true);
      const [key] = await handle.db.select().from(apiKeys).where(eq(apiKeys.keyHash, hashApiKey(created.apiKey)));
      expect(key.practiceId).toBe(created.practiceId);
    } finally {
      await handle.close();
    }
  });

  it("refuses a taken e-mail and bad input with a German message and no stack trace", () => {
    const taken = practiceCreate("--name", "Andere Praxis", "--email", "team@praxis-berg.de");
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain("gibt es schon einen Zugang");

    const bad = practiceCreate("--name", "X", "--email", "keine-adresse");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Praxisname ist zu kurz");
    expect(bad.stderr).toContain("gültige E-Mail-Adresse");

    const missing = practiceCreate("--json");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--name und --email");
  });

  it("will not open the embedded database while another process holds it", async () => {
    const handle = await openDatabase({ driver: "pglite", pgliteDir: path.join(dataDir, "pglite") });
    try {
      const result = practiceCreate("--name", "Praxis Zwei", "--email", "zwei@example.de");
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("schon vom Prozess");
    } finally {
      await handle.close();
    }
  });
});
