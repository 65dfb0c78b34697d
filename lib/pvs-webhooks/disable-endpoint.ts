import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import type { Mailer } from "../email/mailer";
import { renderWebhookDisabledEmail } from "../email/webhook-disabled-email";
import { describeError } from "../log-error";

export const WEBHOOKS_PAGE_PATH = "/organization/webhooks";
export const DISABLED_AFTER_FAILURES_REASON = "Drei Tage lang hat der Empfänger kein Ereignis angenommen.";

/**
 * Turns an endpoint off after three days of failures, gives up what it is still owed and tells
 * the practice's main users. Only the sender that actually switches it off sends the e-mail.
 */
export async function disableFailingEndpoint(db: Database, mailer: Mailer, appUrl: string, endpointId: string, failingSince: Date, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const rows = await selectRows<{ url: string; email: string | null }>(
    db,
    sql`with disabled as (
          update webhook_endpoints set disabled_at = ${at}, disabled_reason = ${DISABLED_AFTER_FAILURES_REASON}
          where id = ${endpointId} and disabled_at is null
          returning id, practice_id, url
        ), abandoned as (
          update webhook_deliveries set abandoned_at = ${at}, claimed_until = null
          where endpoint_id in (select id from disabled) and succeeded_at is null and abandoned_at is null
        )
        select d.url, u.email from disabled d left join users u on u.practice_id = d.practice_id and u.role = 'main'`,
  );
  if (rows.length === 0) return false;
  const email = await renderWebhookDisabledEmail({ url: rows[0].url, failingSince, link: new URL(WEBHOOKS_PAGE_PATH, appUrl).toString() });
  for (const { email: to } of rows) {
    if (!to) continue;
    // The endpoint stays off either way; the portal shows why.
    await mailer
      .send({ to, ...email, idempotencyKey: `webhook-disabled-${endpointId}-${at}-${to}` })
      .catch((error: Error) => console.error("[webhooks] E-Mail zur Abschaltung nicht versandt:", describeError(error)));
  }
  return true;
}
