import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

// The dev mailbox of an e2e server: without RESEND_API_KEY the FileMailer (lib/email/mailer.ts)
// writes every e-mail to DATA_DIR/mailbox as `<ISO time>-<idempotency key>.html`, starting with
// the line `<!-- An: <to> | Betreff: <subject> -->`.

export interface MailboxEmail {
  file: string;
  to: string;
  subject: string;
  html: string;
}

const HEADER = /^<!-- An: (.*?) \| Betreff: (.*?) -->\r?\n/;

async function readMailbox(directory: string): Promise<MailboxEmail[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const emails: MailboxEmail[] = [];
  // The names start with the time they were written: sorted by name is oldest first.
  for (const name of names.filter((entry) => entry.endsWith(".html")).sort()) {
    const file = path.join(directory, name);
    const content = await readFile(file, "utf8");
    const header = HEADER.exec(content);
    if (header) emails.push({ file, to: header[1], subject: header[2], html: content.slice(header[0].length) });
  }
  return emails;
}

/** Every e-mail to `to` so far, oldest first; no waiting. */
export async function mailsTo(directory: string, to: string): Promise<MailboxEmail[]> {
  const address = to.toLowerCase();
  return (await readMailbox(directory)).filter((email) => email.to.toLowerCase() === address);
}

/**
 * The newest e-mail to `to` (whose subject contains `subject`, when given), waiting at most
 * `timeoutMs` for it: some mails go out after the answer (Next's `after()`).
 */
export async function newestMailTo(directory: string, to: string, options: { subject?: string; timeoutMs?: number } = {}): Promise<MailboxEmail> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    const found = (await mailsTo(directory, to)).filter((email) => !options.subject || email.subject.includes(options.subject));
    if (found.length > 0) return found[found.length - 1];
    if (Date.now() >= deadline) {
      throw new Error(`Keine E-Mail an ${to}${options.subject ? ` mit „${options.subject}“ im Betreff` : ""} in ${directory}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first link in the e-mail to `pathname` (e.g. "/bestaetigen"), query string included. */
export function linkIn(email: MailboxEmail, pathname: string): URL {
  for (const match of email.html.matchAll(/href="([^"]+)"/g)) {
    const url = new URL(match[1].replaceAll("&amp;", "&"));
    if (url.pathname === pathname) return url;
  }
  throw new Error(`Kein Link auf ${pathname} in ${email.file} („${email.subject}“)`);
}
