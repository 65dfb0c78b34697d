import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/http/security-headers";

// Two jobs, nothing else: a fresh CSP nonce for every page (Next puts it on its own scripts),
// and an optimistic redirect to the login page for portal visitors without a session cookie.
// Whether a session is valid, every page, action and route checks itself (lib/auth/current-user.ts).

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const PORTAL_PATHS = /^\/(uebersicht|sms|stat|organization|konto|settings)(\/|$)/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Next's own trailing-slash redirect is off for the webhooks' sake (next.config.ts); pages keep it.
  if (pathname.length > 1 && pathname.endsWith("/")) {
    // A plain URL: NextURL keeps the trailing slash it was parsed with when it is printed.
    const canonical = new URL(request.url);
    canonical.pathname = pathname.replace(/\/+$/, "") || "/";
    return NextResponse.redirect(canonical, 308);
  }
  if (PORTAL_PATHS.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL("/anmelden", request.url);
    login.searchParams.set("weiter", pathname + search);
    return NextResponse.redirect(login);
  }

  const nonce = btoa(crypto.randomUUID());
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  // NODE_ENV is inlined by Next for the proxy; lib/env.ts is server-only.
  // eslint-disable-next-line no-restricted-properties
  const development = process.env.NODE_ENV === "development";
  const policy = contentSecurityPolicy(nonce, { development, https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: the API, Next's static files and the generated images need no nonce.
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|opengraph-image).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }],
    },
  ],
};
