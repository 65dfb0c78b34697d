import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import type { Mailer } from "../email/mailer";
import { renderWebhookDisabledEmail } from "../email/webhook-disabled-email";
import { describeError } from "../log-error";

export const WEBHOOKS_PAGE_PATH = "/organization/webhooks";
export const DISABLED_AFTER_FAILURES_REASON = "Drei Tage lang hat der Empfänger kein Ereignis angenommen.";

/** A notice whose e-mail failed is tried again after this long … */
export const DISABLE_NOTICE_RETRY_MS = 5 * 60_000;
/** … for this long after the endpoint was switched off; later news would no longer help. */
const DISABLE_NOTICE_GIVE_UP_MS = 3 * 24 * 3_600_000;

/**
 * Turns an endpoint off after three days of failures, gives up what it is still owed and tells
 * the practice's main users. Only the sender that actually switches it off sends the e-mail;
 * if it fails, sendDueDisableNotices tries again.
 */
export async function disableFailingEndpoint(db: Database, mailer: Mailer, appUrl: string, endpointId: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const rows = await selectRows<{ id: string }>(
    db,
    sql`with disabled as (
          update webhook_endpoints set disabled_at = ${at}, disabled_reason = ${DISABLED_AFTER_FAILURES_REASON}, disable_notice_due_at = ${at}
          where id = ${endpointId} and disabled_at is null
          returning id
        ), abandoned as (
          update webhook_deliveries set abandoned_at = ${at}, claimed_until = null
          where endpoint_id in (select id from disabled) and succeeded_at is null and abandoned_at is null
        )
        select id from disabled`,
  );
  if (rows.length === 0) return false;
  await sendDueDisableNotices(db, mailer, appUrl, now, endpointId);
  return true;
}

interface DueNotice {
  id: string;
  url: string;
  disabled_at: string | Date | null;
  failing_since: string | Date | null;
  emails: string[] | null;
}

/**
 * Sends the e-mails about disabled endpoints that are due (one endpoint when `onlyEndpointId` is
 * given). A notice is claimed for a retry interval first, so two senders never mail twice at
 * once; the e-mails' idempotency keys guard against a repeat after a crash. Done only when every
 * main user got it.
 */
export async function sendDueDisableNotices(db: Database, mailer: Mailer, appUrl: string, now: Date, onlyEndpointId?: string): Promise<void> {
  const at = now.toISOString();
  const due = await selectRows<DueNotice>(
    db,
    sql`with due as (
          update webhook_endpoints set disable_notice_due_at = ${new Date(now.getTime() + DISABLE_NOTICE_RETRY_MS).toISOString()}
          where disable_notice_due_at <= ${at} ${onlyEndpointId ? sql`and id = ${onlyEndpointId}` : sql``}
          returning id, practice_id, url, disabled_at, failing_since
        )
        select d.id, d.url, d.disabled_at, d.failing_since,
               (select array_agg(u.email order by u.email) from users u where u.practice_id = d.practice_id and u.role = 'main') as emails
        from due d`,
  );
  for (const notice of due) {
    const disabledAt = notice.disabled_at === null ? null : new Date(notice.disabled_at);
    // Switched on again meanwhile, or too long ago for the news to help: nothing more to say.
    const stillNews = disabledAt !== null && now.getTime() - disabledAt.getTime() < DISABLE_NOTICE_GIVE_UP_MS;
    if (stillNews && !(await mailMainUsers(mailer, appUrl, notice, disabledAt))) continue;
    await db.execute(sql`update webhook_endpoints set disable_notice_due_at = null where id = ${notice.id}`);
  }
}

async function mailMainUsers(mailer: Mailer, appUrl: string, notice: DueNotice, disabledAt: Date): Promise<boolean> {
  const failingSince = notice.failing_since === null ? disabledAt : new Date(notice.failing_since);
  const email = await renderWebhookDisabledEmail({ url: notice.url, failingSince, link: new URL(WEBHOOKS_PAGE_PATH, appUrl).toString() });
  let allSent = true;
  for (const to of notice.emails ?? []) {
    try {
      await mailer.send({ to, ...email, idempotencyKey: `webhook-disabled-${notice.id}-${disabledAt.toISOString()}-${to}` });
    } catch (error) {
      allSent = false;
      console.error("[webhooks] E-Mail zur Abschaltung nicht versandt, neuer Versuch in 5 Minuten:", describeError(error as Error));
    }
  }
  return allSent;
}
