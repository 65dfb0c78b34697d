import { defineConfig, devices } from "@playwright/test";
import { E2E_DATABASE_URL } from "./e2e/support/e2e-database";
import { EMBEDDED_SERVER, POSTGRES_SERVER } from "./e2e/support/e2e-servers";
import { E2E_SIMULATOR_SECRET } from "./e2e/support/simulator-secret";
import { E2E_COMPANY_SHELL } from "./e2e/marketing/company-env";

const { baseURL } = EMBEDDED_SERVER;
const POSTGRES_URL = E2E_DATABASE_URL;

// Debian's Chromium headless shell (Playwright's own browser download cannot work on these
// machines): the browser Playwright itself uses for headless runs, without the full browser's
// GPU and UI processes — the same tests took a third less time than with /usr/bin/chromium.
const chromium = {
  executablePath: "/usr/bin/chromium-headless-shell",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  use: { baseURL, trace: "retain-on-failure", launchOptions: chromium },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    // What depends on the width runs again on a phone: axe, and the pages people use with their
    // fingers. Titles, texts and the API are the same at any width; the portal flows check 360 px
    // with their own screenshots.
    { name: "phone", testMatch: /marketing\/(accessibility|analyser|templates|faq)\.spec\.ts/, use: { ...devices["Pixel 5"], launchOptions: chromium } },
  ],
  webServer: [
    {
      // The production build on a fresh embedded database, as a newcomer would run it.
      // DEMO_DATA=1 leaves the demo practice's key in .data/e2e for the API tests; the seed
      // creates it first and confirms the numbers those tests send from.
      command: `rm -rf ${EMBEDDED_SERVER.dataDir} && node --import tsx --import ./scripts/support/server-only.mjs e2e/support/seed-embedded-demo.ts ${EMBEDDED_SERVER.dataDir} && DATA_DIR=${EMBEDDED_SERVER.dataDir} DEMO_DATA=1 WEBHOOK_ALLOW_PRIVATE_NETWORKS=1 SIMULATOR_SECRET=${E2E_SIMULATOR_SECRET} APP_URL=${baseURL} ${E2E_COMPANY_SHELL} DISPATCH_INTERVAL_MS=200 CHORES_INTERVAL_MS=5000 node node_modules/next/dist/bin/next start -p ${EMBEDDED_SERVER.port}`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    // With a PostgreSQL server for tests, the same build also runs on it (e2e/postgres/); as a
    // production start on a database server it must choose the simulator and the file mailbox.
    ...(POSTGRES_URL
      ? [
          {
            command: `node --import tsx --import ./scripts/support/server-only.mjs e2e/support/recreate-database.ts && rm -rf ${POSTGRES_SERVER.dataDir} && DATABASE_URL=${POSTGRES_URL} CARRIER=simulator EMAIL_TRANSPORT=file AUTH_SECRET=e2e-auth-secret-e2e-auth-secret-0123456789 AUTH_ENCRYPTION_KEY=e2e-encryption-key-e2e-encryption-key-0123 SIMULATOR_SECRET=${E2E_SIMULATOR_SECRET} DATA_DIR=${POSTGRES_SERVER.dataDir} DEMO_DATA=0 WEBHOOK_ALLOW_PRIVATE_NETWORKS=1 APP_URL=${POSTGRES_SERVER.baseURL} DISPATCH_INTERVAL_MS=200 CHORES_INTERVAL_MS=5000 node node_modules/next/dist/bin/next start -p ${POSTGRES_SERVER.port}`,
            url: `${POSTGRES_SERVER.baseURL}/api/health`,
            reuseExistingServer: false,
            timeout: 120_000,
          },
        ]
      : []),
  ],
});
