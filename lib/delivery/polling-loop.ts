import { isDatabaseUnavailable } from "../../db/errors";
import { describeError } from "../log-error";

export interface LoopMessages {
  /** Logged once when the database goes away, with the error. */
  paused: string;
  /** Logged once when it is back. */
  resumed: string;
  /** Logged with any other error of a run. */
  failed: string;
}

/**
 * A task on a timer in this process, for the work Inngest does in production. It is not a job
 * system: all state is in PostgreSQL, so a restart picks up where the rows say. One run at a
 * time; wake() runs at once (or right after the run in progress) instead of waiting for the next
 * tick; a database outage is logged once when it starts and once when it ends, and the timer
 * keeps ticking through it, so the loop resumes by itself.
 */
export abstract class PollingLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private databaseAway = false;

  constructor(
    private readonly intervalMs: number,
    private readonly messages: LoopMessages,
  ) {}

  /** One run's work; its errors are the loop's to log. */
  protected abstract tick(): Promise<void>;

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

  /** Runs the task once, or joins the run in progress. */
  async runOnce(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.tick()
      .then(() => {
        if (this.databaseAway) console.log(this.messages.resumed);
        this.databaseAway = false;
      })
      .catch((error: Error) => {
        if (isDatabaseUnavailable(error)) {
          if (!this.databaseAway) console.error(this.messages.paused, describeError(error));
          this.databaseAway = true;
          return;
        }
        console.error(this.messages.failed, describeError(error));
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
