import { expect, test } from "@playwright/test";
import { POSTGRES_SERVER } from "../support/e2e-servers";

test("the health route reports the embedded database as migrated, and its development settings as not production-safe", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, db: "pglite", migrations: "up-to-date", carrier: "simulator", mail: "file", productionSafe: false });
});

test("the same build reports PostgreSQL when DATABASE_URL points at it, with the settings chosen on purpose", async ({ request }) => {
  test.skip(!process.env.TEST_DATABASE_URL, "needs TEST_DATABASE_URL");
  const response = await request.get(`${POSTGRES_SERVER.baseURL}/api/health`);
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, db: "postgres", migrations: "up-to-date", carrier: "simulator", mail: "file", productionSafe: true });
});
