import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Database } from "../../db/client";
import * as schema from "../../db/schema";
import { checkPassword } from "../../lib/auth/login";

// A logged-in portal session the way the login page makes one: the password is checked by
// lib/auth/login.ts, which issues a login ticket, and Auth.js exchanges the ticket for its
// session cookie (POST /api/auth/callback/credentials, as signIn("credentials") does).

function cookiesOf(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return jar;
}

/** The Cookie header of a session of `email` on the server at `baseUrl`. */
export async function logIn(baseUrl: string, databaseUrl: string, email: string, password: string): Promise<string> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  let ticket: string;
  try {
    const outcome = await checkPassword(drizzle({ client: pool, schema }) as unknown as Database, email, password, {
      ip: "127.0.0.1",
      userAgent: "bench",
    });
    if (outcome.kind !== "signed-in") throw new Error(`login refused: ${outcome.kind}`);
    ticket = outcome.ticket;
  } finally {
    await pool.end();
  }
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; "),
    },
    body: new URLSearchParams({
      csrfToken,
      ticket,
      callbackUrl: `${baseUrl}/sms`,
    }),
  });
  for (const [name, value] of cookiesOf(callback)) jar.set(name, value);
  if (![...jar.keys()].some((name) => name.endsWith("authjs.session-token")))
    throw new Error(`no session cookie (HTTP ${callback.status})`);
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}
