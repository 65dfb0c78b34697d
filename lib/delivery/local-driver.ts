import { dispatchDue, runChores, type SweepDependencies } from "./sweep";
import { isDatabaseUnavailable } from "../../db/errors";
import { describeError } from "../log-error";
import { runDueInvoicing } from "../billing/invoicing/local";

// The chores (timeouts, usage, erasure) need not run more than once a minute.
const CHORES_EVERY_MS = 60_000;
// Monthly invoicing (Inngest's cron on the 1st otherwise) catches up hourly; repeats are no-ops.
const INVOICING_EVERY_MS = 60 * 60_000;

/**
 * Runs the sweep on a timer when no Inngest server is configured. It is not a job system:
 * all state is in PostgreSQL, so a restart simply picks up where the rows say. wake() runs a
 * sweep at once (a message was just accepted) instead of waiting for the next tick.
 */
export class LocalDriver {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastChores = 0;
  private lastInvoicing = 0;
  private again = false;
  private stopped = true;
  private databaseAway = false;

  constructor(
    private readonly dependencies: () => Promise<SweepDependencies>,
    private readonly intervalMs: number,
  ) {}

  start() {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  wake() {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  /** Hands over what is due, plus the chores when a minute has passed; or joins the run in progress. */
  async runOnce(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.dependencies()
      .then(async (deps) => {
        await dispatchDue(deps);
        if (Date.now() - this.lastChores >= CHORES_EVERY_MS) {
          this.lastChores = Date.now();
          await runChores(deps);
        }
        if (Date.now() - this.lastInvoicing >= INVOICING_EVERY_MS) {
          this.lastInvoicing = Date.now();
          // Its own failure (a PDF, our company data missing) must not stop the dispatch.
          await runDueInvoicing(deps.db, deps.mailer).catch((error: Error) => console.error("[invoicing] monthly invoicing failed:", describeError(error)));
        }
        if (this.databaseAway) console.log("[dispatch] Datenbank wieder erreichbar, Versand läuft weiter.");
        this.databaseAway = false;
      })
      .catch((error: Error) => {
        // During an outage the timer keeps ticking and resumes by itself; one line, not one a tick.
        if (isDatabaseUnavailable(error)) {
          if (!this.databaseAway) console.error("[dispatch] Datenbank nicht erreichbar, Versand pausiert:", describeError(error));
          this.databaseAway = true;
          return;
        }
        console.error("[dispatch] sweep failed:", describeError(error));
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      await this.runOnce();
      if (this.stopped) return;
      const immediately = this.again;
      this.again = false;
      this.schedule(immediately ? 0 : this.intervalMs);
    }, delay);
    this.timer.unref?.();
  }
}
