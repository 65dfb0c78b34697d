import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { bareHostname, checksAddresses, checkWebhookUrl, isBlockedAddress, type WebhookUrlPolicy } from "./allowed-url";

// One webhook POST, built on node:http so that we control what fetch would decide for us:
// redirects are never followed, the host's address is checked when the socket connects, and
// no more than a few KiB of whatever the receiver answers is read.

export const WEBHOOK_TIMEOUT_MS = 10_000;
export const MAX_RESPONSE_BYTES = 4 * 1024;
export const WEBHOOK_USER_AGENT = "Praxisbote-Webhooks/1";

/** Resolves a host name to all its addresses; tests hand in their own. */
export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

export interface SendPolicy extends WebhookUrlPolicy {
  resolve?: Resolve;
  timeoutMs?: number;
}

export interface PostResult {
  ok: boolean;
  /** Null when no answer came (timeout, refused connection, refused address). */
  httpStatus: number | null;
  durationMs: number;
  error: string | null;
}

const systemResolve: Resolve = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

class RefusedAddressError extends Error {}

/** A `lookup` for the request that refuses the connection if any resolved address is blocked. */
function checkedLookup(resolve: Resolve): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const bad = wanted.find((a) => isBlockedAddress(a.address));
        if (bad) throw new RefusedAddressError(`${hostname} zeigt auf die interne Adresse ${bad.address}; dorthin senden wir nicht.`);
        if (wanted.length === 0) throw Object.assign(new Error(`${hostname} hat keine Adresse`), { code: "ENOTFOUND" });
        if (options.all) callback(null, wanted);
        else callback(null, wanted[0].address, wanted[0].family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, "", 0));
  };
}

export async function postWebhook(url: string, headers: Record<string, string>, body: string, policy: SendPolicy): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const refusal = checkWebhookUrl(url, policy);
  if (refusal) return { ok: false, httpStatus: null, durationMs: 0, error: refusal };
  const target = new URL(url);
  const timeoutMs = policy.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const lookup = checksAddresses(policy) ? checkedLookup(policy.resolve ?? systemResolve) : undefined;
  return new Promise<PostResult>((settle) => {
    let done = false;
    const finish = (result: Omit<PostResult, "durationMs">) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      request.destroy();
      settle({ ...result, durationMs: elapsed() });
    };
    const request = (target.protocol === "https:" ? https : http).request(
      {
        protocol: target.protocol,
        hostname: bareHostname(target),
        port: target.port || undefined,
        path: `${target.pathname}${target.search}`,
        method: "POST",
        // A fresh connection each time: every connect passes the address check, none is shared.
        agent: false,
        lookup,
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "user-agent": WEBHOOK_USER_AGENT,
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let read = 0;
        const complete = () => {
          const ok = status >= 200 && status < 300;
          const redirect = status >= 300 && status < 400;
          finish({
            ok,
            httpStatus: status,
            error: ok ? null : redirect ? `Weiterleitung (HTTP ${status}) – Weiterleitungen folgen wir nicht.` : `HTTP ${status}`,
          });
        };
        // The body does not matter to us; reading at most a few KiB keeps a hostile receiver from feeding us forever.
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read >= MAX_RESPONSE_BYTES) complete();
        });
        response.on("end", complete);
        response.on("error", complete);
      },
    );
    const timer = setTimeout(() => finish({ ok: false, httpStatus: null, error: `Keine Antwort innerhalb von ${Math.round(timeoutMs / 1000)} s.` }), timeoutMs);
    request.on("error", (error: NodeJS.ErrnoException) =>
      finish({ ok: false, httpStatus: null, error: error instanceof RefusedAddressError ? error.message : `Verbindung fehlgeschlagen: ${error.code ?? error.message}` }),
    );
    request.end(body);
  });
}
