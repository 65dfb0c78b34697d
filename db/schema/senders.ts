import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { practices } from "./practices";

export const senderKind = pgEnum("sender_kind", ["name", "number"]);

// The senders a practice may send from (besides its rented reply number). A name is registered
// for one practice only, so nobody can send in another practice's name; a number counts once
// the code we sent to it by SMS was confirmed.
export const practiceSenders = pgTable(
  "practice_senders",
  {
    id: id(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    kind: senderKind("kind").notNull(),
    // As it is sent: the name with its case, the number in E.164 (+49…).
    value: text("value").notNull(),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    // SHA-256 of the code sent to a number; the code itself is never stored.
    verificationCodeHash: text("verification_code_hash"),
    verificationExpiresAt: timestamp("verification_expires_at", { withTimezone: true }),
    verificationAttempts: integer("verification_attempts").notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [
    unique("practice_senders_practice_kind_value_unique").on(table.practiceId, table.kind, table.value),
    uniqueIndex("practice_senders_name_unique").on(sql`lower(${table.value})`).where(sql`${table.kind} = 'name'`),
    index("practice_senders_practice_idx").on(table.practiceId),
  ],
);
