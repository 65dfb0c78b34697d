import { cron } from "inngest";
import { sweep, type SweepResult } from "../../lib/delivery/sweep";
import { inngest } from "../client";
import { runtimeDeps, type FunctionDeps } from "../deps";

/**
 * Every minute, everything that is due once: messages whose event was lost or whose run gave
 * up, the 3-day timeout, replies whose e-mail failed. The same sweep the app runs without Inngest.
 */
export function createSweepDueMessages(deps: FunctionDeps = runtimeDeps) {
  return inngest.createFunction(
    // One sweep at a time: a long one under load must not pile up behind the next minute's.
    { id: "sweep-due-messages", triggers: [cron("* * * * *")], concurrency: { limit: 1 } },
    async ({ step }): Promise<SweepResult> =>
      step.run("sweep", async () =>
        sweep({ db: await deps.db(), carrier: deps.carrier(), simulator: deps.simulator?.(), mailer: deps.mailer(), limiter: deps.limiter?.() }),
      ),
  );
}

export const sweepDueMessages = createSweepDueMessages();
