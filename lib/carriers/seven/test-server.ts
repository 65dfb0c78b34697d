import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { signWebhook } from "../webhook-signature";

// A local server for tests that speaks seven.io as its documentation and official clients
// describe it: POST /sms (X-Api-Key, JSON in; a JSON answer or a bare return code out), the
// outbound journal, the balance and the hooks API; and signed webhooks in both encodings.

export interface SevenJournalEntry {
  id: string;
  to: string;
  foreign_id: string | null;
  dlr: string | null;
  dlr_timestamp: string | null;
  timestamp: string;
}

export interface SevenHookRecord {
  id: string;
  target_url: string;
  event_type: string;
  request_method: string;
  enabled: boolean;
}

/** One answer to POST /sms: a status and a raw body; `hang` never answers (a timeout). */
export type SevenSmsAnswer = { status?: number; body: string; hang?: boolean; keep?: boolean };

export interface SevenTestServer {
  baseUrl: string;
  apiKey: string;
  requests: { method: string; path: string; query: Record<string, string>; body: string; apiKey: string | undefined }[];
  journal: SevenJournalEntry[];
  hooks: SevenHookRecord[];
  /** Answers for the next POST /sms, in order; when empty, every SMS is accepted. */
  smsAnswers: SevenSmsAnswer[];
  /** The body GET /balance answers; a JSON object unless set to a bare code. */
  balanceBody: string;
  /** Empties the requests, journal, hooks and queued answers and restores the default balance. */
  reset(): void;
  close(): Promise<void>;
}

const read = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => resolve(body));
  });

export const accepted = (id: string, extra: Record<string, unknown> = {}): SevenSmsAnswer => ({
  body: JSON.stringify({ success: "100", total_price: 0.075, balance: 12.3, messages: [{ id, success: true, error: null, error_text: null, ...extra }] }),
});

const DEFAULT_BALANCE = JSON.stringify({ amount: 42.5, currency: "EUR" });

export async function startSevenTestServer(apiKey = "seven-test-key"): Promise<SevenTestServer> {
  let nextId = 77_000;
  const state: Omit<SevenTestServer, "baseUrl" | "close"> = {
    apiKey,
    requests: [],
    journal: [],
    hooks: [],
    smsAnswers: [],
    balanceBody: DEFAULT_BALANCE,
    reset() {
      state.requests.length = 0;
      state.journal.length = 0;
      state.hooks.length = 0;
      state.smsAnswers.length = 0;
      state.balanceBody = DEFAULT_BALANCE;
    },
  };
  const hanging = new Set<() => void>();
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const body = await read(request);
    const key = request.headers["x-api-key"] as string | undefined;
    state.requests.push({ method: request.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams), body, apiKey: key });
    const send = (status: number, text: string) => {
      response.writeHead(status, { "Content-Type": text.startsWith("{") || text.startsWith("[") ? "application/json" : "text/plain" });
      response.end(text);
    };
    // seven.io answers a wrong key with the bare code 900 and HTTP 200.
    if (key !== apiKey) return send(200, "900");
    const route = `${request.method} ${url.pathname.replace(/^\/api/, "")}`;
    if (route === "POST /sms") {
      const sms = JSON.parse(body || "{}") as { to: string; foreign_id?: string };
      const answer = state.smsAnswers.shift() ?? accepted(String(nextId++));
      const parsed = (() => {
        try {
          return JSON.parse(answer.body) as { success?: string; messages?: { id?: string }[] };
        } catch {
          return null;
        }
      })();
      // What seven.io took goes into its journal, whether or not its answer reaches us.
      if ((parsed?.success === "100" && parsed.messages?.[0]?.id) || answer.keep) {
        state.journal.push({
          id: parsed?.messages?.[0]?.id ?? String(nextId++),
          to: sms.to.replace(/^\+/, ""),
          foreign_id: sms.foreign_id ?? null,
          dlr: null,
          dlr_timestamp: null,
          timestamp: "2026-11-27 10:00:00",
        });
      }
      if (answer.hang) {
        await new Promise<void>((resolve) => hanging.add(resolve));
        return response.destroy();
      }
      return send(answer.status ?? 200, answer.body);
    }
    if (route === "GET /journal/outbound") {
      const { id, to } = Object.fromEntries(url.searchParams);
      const found = state.journal.filter((entry) => (!id || entry.id === id) && (!to || entry.to === to.replace(/^\+/, "")));
      return send(200, JSON.stringify(found.slice(0, Number(url.searchParams.get("limit") ?? 100))));
    }
    if (route === "GET /balance") return send(200, state.balanceBody);
    if (route === "GET /hooks") return send(200, JSON.stringify({ success: true, hooks: state.hooks }));
    if (route === "POST /hooks") {
      const form = Object.fromEntries(new URLSearchParams(body));
      if (form.action !== "subscribe" || !form.target_url || !form.event_type) return send(200, JSON.stringify({ success: false, error_message: "invalid" }));
      if (state.hooks.some((hook) => hook.target_url === form.target_url && hook.event_type === form.event_type)) {
        return send(200, JSON.stringify({ success: false, error_message: "Webhook already exists" }));
      }
      const hook = { id: String(state.hooks.length + 1), target_url: form.target_url, event_type: form.event_type, request_method: form.request_method ?? "POST", enabled: true };
      state.hooks.push(hook);
      return send(200, JSON.stringify({ success: true, id: Number(hook.id) }));
    }
    send(404, "{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return Object.assign(state, {
    baseUrl,
    close: () =>
      new Promise<void>((resolve) => {
        for (const release of hanging) release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/**
 * A local seven.io for the whole test file, reset before each test. The handle is returned before
 * beforeAll has started the server, so it forwards every read and write to the started one.
 */
export function setUpSevenTestServer(apiKey?: string): SevenTestServer {
  let server: SevenTestServer | undefined;
  beforeAll(async () => {
    server = await startSevenTestServer(apiKey);
  });
  afterAll(() => server?.close());
  beforeEach(() => server?.reset());
  const started = () => {
    if (!server) throw new Error("The local seven.io starts in beforeAll; use it inside hooks and tests.");
    return server;
  };
  return new Proxy({} as SevenTestServer, {
    get: (_target, key) => Reflect.get(started(), key),
    set: (_target, key, value) => Reflect.set(started(), key, value),
  });
}

export type WebhookEncoding = "json" | "form";
export type SignedOver = "full-url" | "path";

/** A webhook as seven.io sends it: `data` nested, JSON or form-encoded, signed over the full URL or its path. */
export function sevenWebhookRequest(
  secret: string,
  url: string,
  payload: { webhook_event: string; webhook_timestamp?: string; data: Record<string, string | number> },
  options: { encoding?: WebhookEncoding; signedOver?: SignedOver; now?: Date; headers?: Record<string, string> } = {},
): Request {
  const encoding = options.encoding ?? "json";
  let body: string;
  if (encoding === "json") {
    body = JSON.stringify(payload);
  } else {
    const form = new URLSearchParams({ webhook_event: payload.webhook_event, webhook_timestamp: payload.webhook_timestamp ?? "2026-11-27 10:00:01" });
    for (const [key, value] of Object.entries(payload.data)) form.set(`data[${key}]`, String(value));
    body = form.toString();
  }
  const parsed = new URL(url);
  const signed = options.signedOver === "path" ? parsed.pathname + parsed.search : url;
  return new Request(url, {
    method: "POST",
    headers: {
      "Content-Type": encoding === "json" ? "application/json" : "application/x-www-form-urlencoded",
      ...signWebhook(secret, "POST", signed, body, options.now),
      ...options.headers,
    },
    body,
  });
}
