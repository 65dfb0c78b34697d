import { index, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { inboundMessages } from "./inbound-messages";
import { practices } from "./practices";

// A patient who answered with a stop word gets no more messages from this practice. Kept while
// in force, past the 60-day erasure, because it protects the patient: only the number, the date
// and the reply it came from (whose text goes with the reply's own erasure).
export const optOuts = pgTable(
  "opt_outs",
  {
    id: id(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    // E.164, as messages.recipient stores it.
    number: text("number").notNull(),
    replyId: uuid("reply_id").references(() => inboundMessages.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [
    unique("opt_outs_practice_number_unique").on(table.practiceId, table.number),
    // The portal lists them newest first (NULLS FIRST: see messages_practice_created_idx).
    index("opt_outs_practice_created_idx").on(table.practiceId, table.createdAt.desc().nullsFirst()),
  ],
);
