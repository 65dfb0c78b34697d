import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// seven.io's documented webhook signature: HMAC-SHA256 over
// "timestamp\nnonce\nMETHOD\nURL\nmd5(body)", sent as X-Signature with X-Timestamp and
// X-Nonce. Our simulator signs the same way, so one verifier is exercised on every run.

export const MAX_SIGNATURE_AGE_SECONDS = 300;

/** X-Signature, X-Timestamp and X-Nonce. */
export type SignedHeaders = Record<string, string>;

function signatureBase(timestamp: string, nonce: string, method: string, url: string, body: string): string {
  const bodyHash = createHash("md5").update(body, "utf8").digest("hex");
  return [timestamp, nonce, method.toUpperCase(), url, bodyHash].join("\n");
}

export function signWebhook(secret: string, method: string, url: string, body: string, now = new Date()): SignedHeaders {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const nonce = randomBytes(16).toString("hex");
  const signature = createHmac("sha256", secret).update(signatureBase(timestamp, nonce, method, url, body)).digest("hex");
  return { "X-Signature": signature, "X-Timestamp": timestamp, "X-Nonce": nonce };
}

export type SignatureCheck = { ok: true; nonce: string } | { ok: false; reason: string };

/** Checks signature and age; the caller must still refuse a nonce it has seen before. */
export function verifyWebhook(secret: string, headers: Headers, method: string, url: string, body: string, now = new Date()): SignatureCheck {
  const signature = headers.get("x-signature") ?? "";
  const timestamp = headers.get("x-timestamp") ?? "";
  const nonce = headers.get("x-nonce") ?? "";
  if (!signature || !/^\d+$/.test(timestamp) || !nonce) return { ok: false, reason: "missing signature headers" };
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS) return { ok: false, reason: "stale timestamp" };
  const expected = createHmac("sha256", secret).update(signatureBase(timestamp, nonce, method, url, body)).digest();
  const given = Buffer.from(signature, "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad signature" };
  return { ok: true, nonce };
}

/** Checks a signature made over any one of `urls` (a carrier that signs one of several forms). */
export function verifyWebhookForAny(secret: string, headers: Headers, method: string, urls: readonly string[], body: string, now = new Date()): SignatureCheck {
  let result: SignatureCheck = { ok: false, reason: "bad signature" };
  for (const url of urls) {
    result = verifyWebhook(secret, headers, method, url, body, now);
    // Missing headers and a stale timestamp fail alike for every URL.
    if (result.ok || result.reason !== "bad signature") return result;
  }
  return result;
}
