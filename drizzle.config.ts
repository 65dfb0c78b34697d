import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used: migrations are plain SQL files, committed, and
// applied by the app itself on start (db/migrate.ts) on every driver.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
