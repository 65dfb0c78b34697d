import { spawnSync } from "node:child_process";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../db/schema";
import { checkPassword } from "../lib/auth/login";
import { setUpCliTestData } from "./support/cli-test-data";
import { TSX_NODE_ARGS } from "./support/tsx-node-args";

const cli = setUpCliTestData("user-cli");
const origin = { ip: "192.0.2.1", userAgent: null };

function run(script: string, ...args: string[]) {
  return spawnSync("node", [...TSX_NODE_ARGS, script, ...args], { encoding: "utf8", env: cli.env });
}

describe("npm run user:create", () => {
  let practiceId = "";

  it("adds a staff user to a practice made by practice:create; both log in with the printed passwords", async () => {
    const practice = run("scripts/practice-create.ts", "--name", "Zahnarztpraxis Dr. Kern", "--email", "team@praxis-kern.de", "--json");
    expect(practice.status).toBe(0);
    const created = JSON.parse(practice.stdout);
    practiceId = created.practiceId;

    const staff = run("scripts/user-create.ts", "--practice", practiceId, "--email", "Anna@Praxis-Kern.de", "--name", "Anna Kern", "--json");
    expect(staff.stderr).toBe("");
    expect(staff.status).toBe(0);
    const user = JSON.parse(staff.stdout);
    expect(user).toEqual({ userId: expect.any(String), email: "anna@praxis-kern.de", password: expect.any(String) });

    const chosen = run("scripts/user-create.ts", "--practice", practiceId, "--email", "chef@praxis-kern.de", "--role", "main", "--password", "Wurzelkanal-Sonne-77", "--json");
    expect(chosen.status).toBe(0);
    expect(JSON.parse(chosen.stdout)).toMatchObject({ email: "chef@praxis-kern.de", password: "Wurzelkanal-Sonne-77" });

    await cli.withDatabase(async (db) => {
      const logIn = async (email: string, password: string) => (await checkPassword(db, email, password, origin)).kind;
      expect(await logIn(created.email, created.password)).toBe("signed-in");
      expect(await logIn(user.email, user.password)).toBe("signed-in");
      expect(await logIn("chef@praxis-kern.de", "Wurzelkanal-Sonne-77")).toBe("signed-in");
      const entries = await db.select({ action: auditLog.action, details: auditLog.details }).from(auditLog).where(eq(auditLog.action, "user.created")).orderBy(auditLog.id);
      expect(entries.map((entry) => entry.details)).toEqual([
        { email: "anna@praxis-kern.de", name: "Anna Kern", role: "staff" },
        { email: "chef@praxis-kern.de", name: null, role: "main" },
      ]);
    });
  }, 120_000);

  it("refuses a taken address, an unknown practice, a weak password and a wrong role in German", () => {
    const taken = run("scripts/user-create.ts", "--practice", practiceId, "--email", "team@praxis-kern.de");
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain("gibt es schon einen Zugang");

    const unknown = run("scripts/user-create.ts", "--practice", "00000000-0000-4000-8000-000000000000", "--email", "neu@praxis-kern.de");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("Eine Praxis mit der ID");

    const weak = run("scripts/user-create.ts", "--practice", practiceId, "--email", "neu@praxis-kern.de", "--password", "passwort123");
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain("--password: Das Passwort ist zu leicht zu erraten");

    const role = run("scripts/user-create.ts", "--practice", practiceId, "--email", "neu@praxis-kern.de", "--role", "admin");
    expect(role.status).toBe(2);
    expect(role.stderr).toContain("--role: Die Rolle ist main oder staff.");

    const missing = run("scripts/user-create.ts", "--json");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--practice und --email");
  }, 120_000);
});
