import { date, integer, pgTable, unique, uuid } from "drizzle-orm/pg-core";
import { id } from "./columns";
import { locations, practices } from "./practices";

// Accepted messages and parts per practice, location and day, kept after the messages
// themselves are erased: statistics and invoices outlive the 60 days.
export const dailyUsage = pgTable(
  "daily_usage",
  {
    id: id(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    locationId: uuid("location_id").references(() => locations.id, { onDelete: "restrict" }),
    day: date("day", { mode: "string" }).notNull(),
    messages: integer("messages").notNull().default(0),
    segments: integer("segments").notNull().default(0),
    priceCents: integer("price_cents").notNull().default(0),
    // Of the day's messages, those with a final report so far (recomputed when one arrives).
    delivered: integer("delivered").notNull().default(0),
    undelivered: integer("undelivered").notNull().default(0),
  },
  (table) => [
    unique("daily_usage_practice_location_day_unique")
      .on(table.practiceId, table.locationId, table.day)
      .nullsNotDistinct(),
  ],
);
