import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { locations, practices } from "./practices";

export const apiKeys = pgTable(
  "api_keys",
  {
    id: id(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    // A key bound to a location books its messages there unless the request names another.
    locationId: uuid("location_id").references(() => locations.id, { onDelete: "set null" }),
    name: text("name").notNull().default("PVS"),
    // The first characters of the key, shown in the portal so staff can tell keys apart.
    prefix: text("prefix").notNull(),
    // SHA-256 (hex) of the whole key; the key itself is shown once and never stored.
    keyHash: text("key_hash").notNull().unique(),
    // A test key (pb_test_…): its messages go to the simulator and are never billed or counted.
    sandbox: boolean("sandbox").notNull().default(false),
    // Requests per minute for this key; null means the default rate.
    requestsPerMinute: integer("requests_per_minute"),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    // A rotated key keeps working until then (a grace period for the PVS to take the new one).
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index("api_keys_practice_idx").on(table.practiceId)],
);
