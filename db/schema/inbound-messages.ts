import { index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { messages } from "./messages";
import { practices } from "./practices";

export const inboundMessages = pgTable(
  "inbound_messages",
  {
    id: id(),
    // Null while no practice could be matched; such replies stay visible to operators.
    practiceId: uuid("practice_id").references(() => practices.id, { onDelete: "cascade" }),
    inReplyToMessageId: uuid("in_reply_to_message_id").references(() => messages.id, { onDelete: "set null" }),
    carrier: text("carrier").notNull(),
    carrierMessageId: text("carrier_message_id").notNull(),
    fromNumber: text("from_number"),
    toNumber: text("to_number").notNull(),
    text: text("text"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    // When the carrier says the reply arrived; received_at is when it reached us.
    carrierTime: timestamp("carrier_time", { withTimezone: true }),
    forwardedAt: timestamp("forwarded_at", { withTimezone: true }),
    // When someone of the practice first opened it in the portal; null marks it unread.
    readAt: timestamp("read_at", { withTimezone: true }),
    forwardError: text("forward_error"),
    forwardAttempts: integer("forward_attempts").notNull().default(0),
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    // A carrier that repeats its webhook must not produce a second reply e-mail.
    unique("inbound_messages_carrier_id_unique").on(table.carrier, table.carrierMessageId),
    // NULLS FIRST: the order `order by received_at desc` reads (see messages_practice_created_idx).
    index("inbound_messages_practice_received_idx").on(table.practiceId, table.receivedAt.desc().nullsFirst()),
    // The sent list and the detail view show the reply to a message.
    index("inbound_messages_in_reply_to_idx").on(table.inReplyToMessageId),
  ],
);
