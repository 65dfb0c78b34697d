// Every security header of the app, in one place: next.config.ts sends the static ones with
// every answer (pages, API, files), proxy.ts adds the Content-Security-Policy with a fresh
// nonce for each page. Nothing here reads the environment: the callers say which mode runs.

/**
 * Scripts only with this request's nonce ('strict-dynamic' lets Next's own chunk loader add
 * its chunks); an injected inline script has no nonce and is blocked. Styles may be inline:
 * Radix positions popovers with style attributes, and a nonce would switch 'unsafe-inline' off.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (a trial on a laptop, the browser tests) an upgrade would break every file.
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function staticSecurityHeaders(options: { production: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
    ...(options.production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** API answers are per caller and per moment: no cache may keep them. */
export const API_CACHE_HEADERS = [{ key: "Cache-Control", value: "no-store" }];
