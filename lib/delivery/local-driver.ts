import type { SweepDependencies, SweepResult } from "./sweep";
import { sweep } from "./sweep";

/**
 * Runs the sweep on a timer when no Inngest server is configured. It is not a job system:
 * all state is in PostgreSQL, so a restart simply picks up where the rows say. wake() runs a
 * sweep at once (a message was just accepted) instead of waiting for the next tick.
 */
export class LocalDriver {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<SweepResult | undefined> | undefined;
  private again = false;
  private stopped = true;

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

  /** One sweep now, or the one already running; for tests and shutdown. */
  async runOnce(): Promise<SweepResult | undefined> {
    if (this.running) return this.running;
    this.running = this.dependencies()
      .then((deps) => sweep(deps))
      .catch((error: Error) => {
        console.error("[dispatch] sweep failed:", error.message);
        return undefined;
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
