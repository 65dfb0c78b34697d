import { isDatabaseUnavailable } from "../../db/errors";
import { describeError } from "../log-error";
import { deliverDueWebhooks, type DeliverOptions, type WebhookSenderDeps } from "./deliver";

// Without Inngest: a light loop of its own beside the dispatch loop, because a PVS expects a
// status within a second or two, and a slow carrier must not hold webhooks up (nor the reverse).

export const WEBHOOK_POLL_MS = 250;

export class WebhookDriver {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private databaseAway = false;

  constructor(
    private readonly dependencies: () => Promise<WebhookSenderDeps>,
    private readonly intervalMs = WEBHOOK_POLL_MS,
    private readonly options: DeliverOptions = {},
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

  /** A status just changed in this process: look at once rather than at the next tick. */
  wake() {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  async runOnce(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.dependencies()
      .then(async (deps) => {
        await deliverDueWebhooks(deps, this.options);
        if (this.databaseAway) console.log("[webhooks] Datenbank wieder erreichbar, Webhooks gehen weiter.");
        this.databaseAway = false;
      })
      .catch((error: Error) => {
        // The rows keep what is owed; the loop goes on ticking and resumes by itself.
        if (isDatabaseUnavailable(error)) {
          if (!this.databaseAway) console.error("[webhooks] Datenbank nicht erreichbar, Webhooks pausiert:", describeError(error));
          this.databaseAway = true;
          return;
        }
        console.error("[webhooks] sending failed:", describeError(error));
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
