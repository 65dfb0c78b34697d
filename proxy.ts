import { NextResponse, type NextRequest } from "next/server";

// Only an optimistic redirect for visitors without a session cookie. Whether the session is
// valid, and what the user may do, every page, action and route checks itself
// (lib/auth/current-user.ts).

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/anmelden", request.url);
  login.searchParams.set("weiter", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/uebersicht/:path*", "/sms/:path*", "/stat/:path*", "/organization/:path*", "/konto/:path*", "/settings/:path*"],
};
