import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { DomainError } from "../errors/domain-error";

/**
 * "Erneut senden": the event is due again now, even if it was given up, with the same id and
 * bytes. Only for the practice's own endpoint, only while that endpoint is switched on and
 * still asks for the event's type.
 */
export async function redeliver(db: Database, practiceId: string, deliveryId: string, now = new Date()): Promise<void> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`update webhook_deliveries d set next_attempt_at = ${now.toISOString()}, abandoned_at = null, succeeded_at = null, claimed_until = null
        from webhook_endpoints e
        where d.id = ${deliveryId} and d.practice_id = ${practiceId} and e.id = d.endpoint_id and e.practice_id = ${practiceId} and e.disabled_at is null
          and d.event_type = any(e.event_types)
        returning d.id`,
  );
  if (rows.length > 0) return;
  const [endpoint] = await selectRows<{ disabled: boolean; subscribed: boolean; event_type: string }>(
    db,
    sql`select e.disabled_at is not null as disabled, d.event_type = any(e.event_types) as subscribed, d.event_type
        from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
        where d.id = ${deliveryId} and e.practice_id = ${practiceId}`,
  );
  if (endpoint?.disabled) throw new DomainError("invalid_request", "Der Empfänger ist abgeschaltet. Schalten Sie ihn zuerst wieder ein.");
  if (endpoint && !endpoint.subscribed) {
    throw new DomainError("invalid_request", `Der Empfänger abonniert „${endpoint.event_type}“ nicht mehr. Haken Sie das Ereignis zuerst wieder an.`);
  }
  throw new DomainError("not_found", "Dieses Ereignis gibt es nicht (mehr).");
}
