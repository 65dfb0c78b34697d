import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { practices } from "./practices";

// The pool of reply numbers an operator rents from the carrier. A practice that turns replies on
// is assigned a free one; turning them off releases it at the end of the month it was paid for.
export const replyNumbers = pgTable("reply_numbers", {
  number: text("number").primaryKey(),
  practiceId: uuid("practice_id").references(() => practices.id, { onDelete: "set null" }),
  assignedAt: timestamp("assigned_at", { withTimezone: true }),
  releaseAt: timestamp("release_at", { withTimezone: true }),
  createdAt: createdAt(),
});
