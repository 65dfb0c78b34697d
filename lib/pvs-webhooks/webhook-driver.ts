import { PollingLoop } from "../delivery/polling-loop";
import { deliverDueWebhooks, type DeliverOptions, type WebhookSenderDeps } from "./deliver";

// Without Inngest: a light loop of its own beside the dispatch loop, because a PVS expects a
// status within a second or two, and a slow carrier must not hold webhooks up (nor the reverse).

export const WEBHOOK_POLL_MS = 250;

/** Sends what the outbox owes every 250 ms; wake() when a status just changed in this process. */
export class WebhookDriver extends PollingLoop {
  constructor(
    private readonly dependencies: () => Promise<WebhookSenderDeps>,
    intervalMs = WEBHOOK_POLL_MS,
    private readonly options: DeliverOptions = {},
  ) {
    super(intervalMs, {
      paused: "[webhooks] Datenbank nicht erreichbar, Webhooks pausiert:",
      resumed: "[webhooks] Datenbank wieder erreichbar, Webhooks gehen weiter.",
      failed: "[webhooks] sending failed:",
    });
  }

  protected async tick(): Promise<void> {
    await deliverDueWebhooks(await this.dependencies(), this.options);
  }
}
