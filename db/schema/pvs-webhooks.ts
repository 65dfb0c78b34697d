import { sql } from "drizzle-orm";
import { bigint, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { inboundMessages } from "./inbound-messages";
import { messageStatus, messages } from "./messages";
import { practices } from "./practices";

// Status webhooks to a practice's PVS (the Standard Webhooks specification): the endpoints a
// practice registered, the outbox of events owed to each, and the attempts made.

export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: id(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    description: text("description").notNull().default(""),
    // The event types it receives ("message.delivered", …).
    eventTypes: text("event_types").array().notNull(),
    // The signing secret (whsec_…), sealed with AUTH_ENCRYPTION_KEY: we must read it back to sign.
    secretSealed: text("secret_sealed").notNull(),
    // After a rotation the old secret signs too until previous_secret_until.
    previousSecretSealed: text("previous_secret_sealed"),
    previousSecretUntil: timestamp("previous_secret_until", { withTimezone: true }),
    // Since when every attempt failed; null after a success. Three days of it disable the endpoint.
    failingSince: timestamp("failing_since", { withTimezone: true }),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    disabledReason: text("disabled_reason"),
    // When the e-mail about a disabling is (again) due; null once it reached the main users.
    disableNoticeDueAt: timestamp("disable_notice_due_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("webhook_endpoints_practice_idx").on(table.practiceId),
    index("webhook_endpoints_disable_notice_idx").on(table.disableNoticeDueAt).where(sql`disable_notice_due_at is not null`),
  ],
);

/**
 * The outbox: one event owed to one endpoint, written in the same statement as the status
 * change (or reply, or opt-out) that causes it. Its id is the event's stable `webhook-id`.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: id(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    practiceId: uuid("practice_id").notNull(),
    eventType: text("event_type").notNull(),
    messageId: uuid("message_id").references(() => messages.id, { onDelete: "cascade" }),
    inboundId: uuid("inbound_id").references(() => inboundMessages.id, { onDelete: "cascade" }),
    // The message status this event reports (message.* events).
    eventStatus: messageStatus("event_status"),
    // For recipient.opted_out: the number (E.164).
    recipient: text("recipient"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    // The JSON body, fixed at the first attempt so that every retry sends the same bytes.
    payload: text("payload"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    // Taken by one sender until then; a process killed mid-attempt leaves it to the next.
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    succeededAt: timestamp("succeeded_at", { withTimezone: true }),
    // Given up: three days of failures, or the endpoint was disabled or deleted.
    abandonedAt: timestamp("abandoned_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    // The sender only looks at what is still owed.
    index("webhook_deliveries_due_idx")
      .on(table.nextAttemptAt)
      .where(sql`${table.succeededAt} is null and ${table.abandonedAt} is null`),
    index("webhook_deliveries_endpoint_idx").on(table.endpointId, table.createdAt.desc().nullsFirst()),
    index("webhook_deliveries_message_idx").on(table.messageId),
  ],
);

/** Each HTTP attempt, for the portal's last 100 per endpoint. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    // Null for a test event sent from the portal.
    deliveryId: uuid("delivery_id").references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    eventType: text("event_type").notNull(),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
    // Null when no answer came (timeout, refused connection, refused address).
    httpStatus: integer("http_status"),
    durationMs: integer("duration_ms").notNull(),
    error: text("error"),
    // When the next attempt is due; null after a success or when given up.
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
  },
  (table) => [index("webhook_attempts_endpoint_idx").on(table.endpointId, table.attemptedAt.desc().nullsFirst())],
);
