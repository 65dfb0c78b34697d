import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, pgEnum, pgTable, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { MESSAGE_STATUSES } from "../../lib/messages/status";
import { apiKeys } from "./api-keys";
import { createdAt, id, updatedAt } from "./columns";
import { locations, practices } from "./practices";

export const messageStatus = pgEnum("message_status", MESSAGE_STATUSES);
export const smsEncoding = pgEnum("sms_encoding", ["GSM-7", "UCS-2"]);

export const messages = pgTable(
  "messages",
  {
    id: id(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    locationId: uuid("location_id").references(() => locations.id, { onDelete: "set null" }),
    apiKeyId: uuid("api_key_id").references(() => apiKeys.id, { onDelete: "set null" }),
    // Recipient (E.164) and text are patient data: both are erased after 60 days,
    // which is why they may be null while the billing columns stay.
    recipient: text("recipient"),
    sender: text("sender").notNull(),
    text: text("text"),
    encoding: smsEncoding("encoding").notNull(),
    characters: integer("characters").notNull(),
    segments: integer("segments").notNull(),
    status: messageStatus("status").notNull().default("pending"),
    statusReason: text("status_reason"),
    sendAt: timestamp("send_at", { withTimezone: true }).notNull(),
    // Not handed over by then, it is not sent at all (e.g. the appointment time); null: no limit.
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    // send_at was moved to the opening of the practice's sending window (lib/messages/quiet-hours.ts).
    heldForQuietHours: boolean("held_for_quiet_hours").notNull().default(false),
    // Lease of the dispatcher that claimed the message; an expired lease may be claimed again.
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    // True while a dispatcher is inside the carrier call: until then a queued message (e.g. one
    // waiting between retries) can still be cancelled.
    submitting: boolean("submitting").notNull().default(false),
    carrier: text("carrier"),
    carrierMessageId: text("carrier_message_id"),
    handedOverAt: timestamp("handed_over_at", { withTimezone: true }),
    // How many of the lookups after hand-over (6 h, 48 h) asked the carrier about a missing report.
    reconciledChecks: smallint("reconciled_checks").notNull().default(0),
    finalAt: timestamp("final_at", { withTimezone: true }),
    clientReference: text("client_reference"),
    idempotencyKey: text("idempotency_key"),
    // SHA-256 of the request body that used the idempotency key, to spot a reused key.
    requestHash: text("request_hash"),
    priceCents: integer("price_cents").notNull(),
    // Sent with a test key: always to the simulator, never billed, outside statistics and invoices.
    sandbox: boolean("sandbox").notNull().default(false),
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    unique("messages_practice_idempotency_key_unique").on(table.practiceId, table.idempotencyKey),
    // The portal's list pages by (created_at, id) within a practice: keyset pagination without OFFSET.
    // NULLS FIRST is the order of `order by … desc`: drizzle's bare .desc() writes DESC NULLS LAST,
    // which that ORDER BY cannot read in order, so every page would sort all the practice's messages.
    // The status last (drizzle has no INCLUDE): a status filter is checked inside the index.
    index("messages_practice_created_idx").on(
      table.practiceId,
      table.createdAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
      table.status,
    ),
    // The portal's recipient filter: one number's messages, newest first.
    index("messages_practice_recipient_created_idx").on(
      table.practiceId,
      table.recipient,
      table.createdAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    // The portal's scheduled list: a practice's messages still waiting, soonest first.
    index("messages_practice_waiting_idx")
      .on(table.practiceId, table.sendAt, table.id)
      .where(sql`${table.status} in ('pending', 'queued')`),
    // PVS synchronisation reads "everything changed since" in order of change.
    index("messages_practice_updated_idx").on(table.practiceId, table.updatedAt, table.id),
    // The dispatcher only ever looks at messages still waiting; finished ones stay out of the index.
    index("messages_dispatch_idx")
      .on(table.sendAt)
      .where(sql`${table.status} in ('pending', 'queued')`),
    // Reports are matched by the carrier's id; a message not yet handed over has none and stays
    // out of the index (every accepted message would otherwise add an entry here).
    index("messages_carrier_id_idx")
      .on(table.carrier, table.carrierMessageId)
      .where(sql`${table.carrierMessageId} is not null`),
    // The chores release idempotency keys after 24 hours; only messages still holding one are indexed.
    index("messages_idempotency_expiry_idx")
      .on(table.createdAt)
      .where(sql`${table.idempotencyKey} is not null`),
    // A PVS looks up its appointment's messages by its own reference.
    index("messages_practice_reference_idx")
      .on(table.practiceId, table.clientReference)
      .where(sql`${table.clientReference} is not null`),
    // The usage roll-up recounts the days of messages that reached a final status recently,
    // and the 60-day erasure looks for messages final before the cutoff; open ones stay out.
    index("messages_final_idx")
      .on(table.finalAt)
      .where(sql`${table.finalAt} is not null`),
    // The 3-day timeout looks only at messages still waiting for a final report.
    index("messages_awaiting_report_idx")
      .on(table.handedOverAt)
      .where(sql`${table.status} in ('sent', 'buffered')`),
  ],
);

export const messageStatusEvents = pgTable(
  "message_status_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    messageId: uuid("message_id")
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    status: messageStatus("status").notNull(),
    // The carrier's own status code, kept verbatim for support.
    carrierStatus: text("carrier_status"),
    detail: text("detail"),
    // When we received the status, not when the carrier claims it happened.
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    // When the carrier says it happened (its own clock and zone, as it reported it); null
    // for our own moves and carriers that do not say.
    carrierTime: timestamp("carrier_time", { withTimezone: true }),
  },
  (table) => [index("message_status_events_message_idx").on(table.messageId, table.receivedAt)],
);
