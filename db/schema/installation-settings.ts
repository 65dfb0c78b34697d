import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

// Values of this installation that every instance must share, e.g. the simulator's webhook
// secret when none is configured: generated once, read by all.
export const installationSettings = pgTable("installation_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
