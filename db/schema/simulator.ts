import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

// The built-in carrier simulator's own memory. A real carrier keeps what it accepted and the
// reports it still owes across our restarts; so does the simulator, in our database.

/** What the simulator accepted, by our message id: a repeated submission is answered, not resent. */
export const simulatorMessages = pgTable("simulator_messages", {
  messageId: text("message_id").primaryKey(),
  // Null while it still answers this message with temporary errors (recipients ending in 04).
  carrierMessageId: text("carrier_message_id").unique(),
  failedAttempts: integer("failed_attempts").notNull().default(0),
  acceptedAt: timestamp("accepted_at", { withTimezone: true }),
  createdAt: createdAt(),
});

/** The reports and replies the simulator owes: due at due_at, retried until delivered. */
export const simulatorOutbox = pgTable(
  "simulator_outbox",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    carrierMessageId: text("carrier_message_id").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    payload: jsonb("payload").notNull(),
    attempts: integer("attempts").notNull().default(0),
    // Taken by one delivering process until then; a process killed mid-delivery leaves it to the next.
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    index("simulator_outbox_due_idx").on(table.dueAt).where(sql`${table.deliveredAt} is null`),
    index("simulator_outbox_carrier_message_idx").on(table.carrierMessageId),
  ],
);
