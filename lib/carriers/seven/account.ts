import { z } from "zod";
import { sevenJson, sevenRequest, SevenRequestError, type SevenOptions } from "./client";

// The account side of seven.io: credit (GET /balance) and webhooks (GET/POST /hooks, the
// parameters as @seven.io/client and seven's API description send them).

export async function readBalance(options: SevenOptions): Promise<{ amount: number; currency: string }> {
  const { status, text } = await sevenRequest(options, "GET", "/balance");
  if (status < 200 || status >= 300) throw new SevenRequestError(`seven.io /balance antwortet HTTP ${status}`, `http-${status}`);
  // Older accounts answer the bare amount ("12.34"); a bare return code has no decimal point.
  if (/^\s*-?\d+\.\d+\s*$/.test(text)) return { amount: Number(text), currency: "EUR" };
  const code = /^\s*"?(\d{1,4})"?\s*$/.exec(text);
  if (code) throw new SevenRequestError(`seven.io /balance antwortet mit Rückgabecode ${code[1]}`, code[1]);
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {}
  const parsed = z.object({ amount: z.coerce.number(), currency: z.string().default("EUR") }).safeParse(json);
  if (!parsed.success) throw new SevenRequestError("seven.io /balance: unerwartete Antwort", "bad-response");
  return parsed.data;
}

const hookSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  target_url: z.string(),
  event_type: z.string(),
  request_method: z.string().nullish(),
  enabled: z.union([z.boolean(), z.number(), z.string()]).nullish(),
});

export type SevenHook = z.infer<typeof hookSchema>;

export async function listHooks(options: SevenOptions): Promise<SevenHook[]> {
  const answer = (await sevenJson(options, "GET", "/hooks", { action: "read" })) as { hooks?: unknown; data?: unknown } | null;
  const parsed = z.array(hookSchema).safeParse(answer?.hooks ?? answer?.data ?? []);
  if (!parsed.success) throw new SevenRequestError("seven.io /hooks: unerwartete Antwort", "bad-response");
  return parsed.data;
}

export async function subscribeHook(options: SevenOptions, hook: { targetUrl: string; eventType: string }): Promise<{ id: string }> {
  const answer = (await sevenJson(options, "POST", "/hooks", {
    action: "subscribe",
    target_url: hook.targetUrl,
    event_type: hook.eventType,
    request_method: "JSON",
  })) as { success?: unknown; id?: unknown; error_message?: unknown; code?: unknown } | null;
  if (answer?.success !== true && answer?.success !== "true" && answer?.success !== 1) {
    const reason = typeof answer?.error_message === "string" ? answer.error_message : JSON.stringify(answer);
    throw new SevenRequestError(`seven.io hat den Webhook nicht angelegt: ${reason}`, "hook-refused");
  }
  return { id: String(answer.id ?? "") };
}
