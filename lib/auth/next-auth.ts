import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "../../db/client";
import { env } from "../env";
import { authSecret } from "./auth-secrets";
import { redeemLoginTicket } from "./login";

// Auth.js v5 (pinned: 5.0.0-beta.32) with JWT sessions in an httpOnly cookie. The only
// credential it accepts is a login ticket from lib/auth/login.ts, issued after the password,
// the lockout and the second factor were checked; the session carries the user's session
// version, which lib/auth/current-user.ts compares with the database on every request.

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
  }
}

const SESSION_HOURS = 12;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  // Behind the operator's proxy the host is the app's own (APP_URL); Auth.js checks it otherwise.
  trustHost: true,
  useSecureCookies: env.NODE_ENV === "production" && env.APP_URL.startsWith("https://"),
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/anmelden", error: "/anmelden" },
  providers: [
    Credentials({
      credentials: { ticket: {} },
      async authorize(credentials) {
        const ticket = typeof credentials?.ticket === "string" ? credentials.ticket : "";
        const user = await redeemLoginTicket(await getDb(), ticket);
        if (!user) throw new CredentialsSignin();
        return { id: user.id, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : undefined;
      return session;
    },
  },
});
