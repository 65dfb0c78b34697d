import { listHooks, subscribeHook, type SevenHook } from "./account";
import type { SevenOptions } from "./client";

// Our two webhooks at seven.io: delivery reports (dlr) and replies (sms_mo), to our route, as
// JSON. Registering is idempotent: a hook that is already there is left alone.

export const SEVEN_HOOK_EVENTS = ["dlr", "sms_mo"] as const;

export interface HookStatus {
  eventType: (typeof SEVEN_HOOK_EVENTS)[number];
  state: "present" | "created" | "missing";
  /** Registered, but seven.io will send it form-encoded (the route reads that too). */
  notJson?: boolean;
}

const sameUrl = (a: string, b: string) => a.replace(/\/+$/, "") === b.replace(/\/+$/, "");

export async function ensureSevenHooks(
  options: SevenOptions,
  targetUrl: string,
  { checkOnly = false } = {},
): Promise<{ statuses: HookStatus[]; hooks: SevenHook[] }> {
  const existing = await listHooks(options);
  const statuses: HookStatus[] = [];
  for (const eventType of SEVEN_HOOK_EVENTS) {
    // seven.io's "all" covers every event type.
    const hook = existing.find((h) => sameUrl(h.target_url, targetUrl) && (h.event_type === eventType || h.event_type === "all"));
    if (hook) {
      statuses.push({ eventType, state: "present", ...(hook.request_method?.toUpperCase() !== "JSON" ? { notJson: true } : {}) });
    } else if (checkOnly) {
      statuses.push({ eventType, state: "missing" });
    } else {
      await subscribeHook(options, { targetUrl, eventType });
      statuses.push({ eventType, state: "created" });
    }
  }
  return { statuses, hooks: statuses.some((s) => s.state === "created") ? await listHooks(options) : existing };
}
