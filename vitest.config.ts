import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const TEST_ROOTS = ["app", "components", "lib", "db", "inngest", "scripts"];
const TEST_FILES = `{${TEST_ROOTS.join(",")}}/**/*.test.{ts,tsx}`;

// A file that replaces a module with vi.mock needs a module registry of its own; every other
// file shares its worker's modules with the files before it (importing the app's module graph
// again for each of 150 files took more time than their tests). Decided here from the files
// themselves, so a new test that mocks is isolated without anyone listing it.
const mocking = TEST_ROOTS.flatMap((root) => readdirSync(root, { recursive: true, encoding: "utf8" }).map((file) => `${root}/${file}`))
  .filter((file) => /\.test\.tsx?$/.test(file) && /\bvi\.(do)?mock\(/.test(readFileSync(file, "utf8")))
  .map((file) => file.replace(/[()[\]{}*?!]/g, "\\$&")); // as globs: app/(portal)/… is a folder, not a group

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Tests run server code under plain Node, where `server-only` would throw.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    exclude: ["e2e/**", "node_modules/**", ".next/**"],
    environment: "node",
    // Most test files wait on PostgreSQL or on a child process rather than compute: more files at
    // once than cores (vitest's default here would be one at a time) keeps both cores busy.
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "shared", include: [TEST_FILES], exclude: [...mocking, "e2e/**", "node_modules/**"], isolate: false } },
      { extends: true, test: { name: "mocking", include: mocking, isolate: true } },
    ],
  },
});
