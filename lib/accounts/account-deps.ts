import type { Database } from "../../db/client";
import type { Mailer } from "../email/mailer";

/** What the account flows need from outside: passed in, so that tests hand in a FakeMailer. */
export interface AccountDeps {
  db: Database;
  mailer: Mailer;
  /** The public base URL (APP_URL) for the links in e-mails. */
  appUrl: string;
}

export interface RequestOrigin {
  ip: string;
  userAgent: string | null;
}

/** An absolute link into the app; APP_URL may carry a path prefix. */
export function appLink(appUrl: string, path: string): string {
  return `${appUrl.replace(/\/+$/, "")}${path}`;
}
