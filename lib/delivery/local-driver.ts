import { dispatchDue, runChores, type SweepDependencies } from "./sweep";
import { describeError } from "../log-error";
import { runDueInvoicing } from "../billing/invoicing/local";
import { PollingLoop } from "./polling-loop";

// Monthly invoicing (Inngest's cron on the 1st otherwise) catches up hourly; repeats are no-ops.
const INVOICING_EVERY_MS = 60 * 60_000;

/**
 * The sweep on a timer when no Inngest server is configured: hands over what is due, plus the
 * chores when their interval (a minute) has passed and invoicing when an hour has. wake() runs
 * a sweep at once (a message was just accepted) instead of waiting for the next tick.
 */
export class LocalDriver extends PollingLoop {
  private lastChores = 0;
  private lastInvoicing = 0;

  constructor(
    private readonly dependencies: () => Promise<SweepDependencies>,
    intervalMs: number,
    // The chores (timeouts, usage, erasure) need not run more than once a minute.
    private readonly choresEveryMs = 60_000,
  ) {
    super(intervalMs, {
      paused: "[dispatch] Datenbank nicht erreichbar, Versand pausiert:",
      resumed: "[dispatch] Datenbank wieder erreichbar, Versand läuft weiter.",
      failed: "[dispatch] sweep failed:",
    });
  }

  protected async tick(): Promise<void> {
    const deps = await this.dependencies();
    await dispatchDue(deps);
    if (Date.now() - this.lastChores >= this.choresEveryMs) {
      this.lastChores = Date.now();
      await runChores(deps);
    }
    if (Date.now() - this.lastInvoicing >= INVOICING_EVERY_MS) {
      this.lastInvoicing = Date.now();
      // Its own failure (a PDF, our company data missing) must not stop the dispatch.
      await runDueInvoicing(deps.db, deps.mailer).catch((error: Error) => console.error("[invoicing] monthly invoicing failed:", describeError(error)));
    }
  }
}
