// node --import tsx --import ./scripts/support/server-only.mjs e2e/support/seed-embedded-demo.ts <DATA_DIR>
// Runs before the embedded e2e server starts (playwright.config.ts), which then finds its demo
// practice ready: the API tests send from numbers, and a number is the practice's only once
// confirmed. An operator would run `npm run sender -- add --number … --verified`, but that
// needs the practice's id, and once the server runs it holds the embedded database.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "../../db/client";
import { createPractice } from "../../lib/practices/create-practice";
import { ensureDemoPractice } from "../../lib/practices/demo-practice";
import { addVerifiedNumber } from "../../lib/senders/owned-senders";
import { E2E_SENDER_NUMBERS } from "./api-practice";
import { FLOW_PRACTICE_FILE, FLOW_SENDER } from "./flow-practice";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: seed-embedded-demo.ts <DATA_DIR>");
const handle = await openDatabase({ driver: "pglite", pgliteDir: path.join(dataDir, "pglite") });
try {
  const demo = await ensureDemoPractice(handle.db, dataDir);
  if (!demo.credentials) throw new Error(`${dataDir} has a demo practice without its credentials file`);
  for (const number of E2E_SENDER_NUMBERS) await addVerifiedNumber(handle.db, demo.credentials.practiceId, number);
  // A practice of its own for e2e/portal/portal-flow.spec.ts, whose counts no other test may change.
  const flow = await createPractice(handle.db, { name: "Zahnarztpraxis Ablauf (E2E)", email: "ablauf@praxisbote.test", senderNames: [FLOW_SENDER] });
  for (const number of E2E_SENDER_NUMBERS) await addVerifiedNumber(handle.db, flow.practiceId, number);
  writeFileSync(path.join(dataDir, FLOW_PRACTICE_FILE), JSON.stringify(flow));
} finally {
  await handle.close();
}
