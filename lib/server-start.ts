import { getDatabase } from "../db/client";
import { getRuntime, usesInngest } from "./delivery/runtime";
import { env } from "./env";
import { ensureDemoPractice, formatDemoBanner } from "./practices/demo-practice";

/**
 * Runs once per server process: migrate; without Inngest start the local driver that hands
 * over due messages; on the embedded default create the demo practice.
 */
export async function startServer(): Promise<void> {
  const handle = await getDatabase();
  if (!usesInngest()) getRuntime().driver.start();
  const wantsDemo = env.DEMO_DATA ? env.DEMO_DATA === "1" : handle.driver === "pglite";
  if (!wantsDemo) return;
  const demo = await ensureDemoPractice(handle.db, env.DATA_DIR);
  console.log(formatDemoBanner(demo, env.APP_URL));
}
