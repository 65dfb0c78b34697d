import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Resend } from "resend";

export interface Email {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Our own id for this e-mail: a retried send never delivers it twice. */
  idempotencyKey: string;
  /** Files sent along, e.g. an invoice's PDF and XML. */
  attachments?: EmailAttachment[];
}

export interface EmailAttachment {
  filename: string;
  content: Uint8Array;
  contentType: string;
}

export interface Mailer {
  send(email: Email): Promise<{ id: string }>;
  /** Deletes what this mailer kept itself from before the cutoff; a mailer that keeps nothing leaves it out. */
  eraseBefore?(cutoff: Date): Promise<number>;
}

export class ResendMailer implements Mailer {
  private readonly client: Resend;

  constructor(
    apiKey: string,
    private readonly from: string,
    baseUrl?: string,
  ) {
    // A base URL points the real SDK at a local server that speaks Resend's API (tests, staging).
    this.client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  }

  async send(email: Email): Promise<{ id: string }> {
    const { data, error } = await this.client.emails.send(
      {
        from: this.from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        // Base64 in the JSON body, as Resend's API expects it.
        ...(email.attachments?.length
          ? {
              attachments: email.attachments.map((file) => ({
                filename: file.filename,
                content: Buffer.from(file.content).toString("base64"),
                contentType: file.contentType,
              })),
            }
          : {}),
      },
      { idempotencyKey: email.idempotencyKey },
    );
    if (error || !data) throw new Error(`Resend: ${error?.message ?? "keine Antwort"}`);
    return { id: data.id };
  }
}

/** Without a Resend key: every e-mail is written to a file, never dropped silently. */
export class FileMailer implements Mailer {
  constructor(private readonly directory: string) {}

  async send(email: Email): Promise<{ id: string }> {
    await mkdir(this.directory, { recursive: true });
    const base = path.join(this.directory, `${new Date().toISOString().replace(/[:.]/g, "-")}-${email.idempotencyKey}`);
    const file = `${base}.html`;
    await writeFile(file, `<!-- An: ${email.to} | Betreff: ${email.subject} -->\n${email.html}`);
    for (const attachment of email.attachments ?? []) {
      await writeFile(`${base}-${path.basename(attachment.filename)}`, attachment.content);
    }
    // Only the file: the subject names the patient's number, which must not reach the logs.
    console.log(`[mail] E-Mail abgelegt in ${file}`);
    return { id: file };
  }

  /** The files hold patients' numbers and replies: they are erased like the rest of the patient data. */
  async eraseBefore(cutoff: Date): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
      throw error;
    }
    let erased = 0;
    for (const name of names) {
      const file = path.join(this.directory, name);
      const stats = await stat(file).catch(() => null);
      if (!stats?.isFile() || stats.mtime >= cutoff) continue;
      await rm(file, { force: true });
      erased++;
    }
    return erased;
  }
}
