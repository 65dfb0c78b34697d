import { integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { apiKeys } from "./api-keys";

// Requests per API key and minute. In the database rather than in memory so that every
// instance of the app counts against the same limit.
export const apiRateLimits = pgTable(
  "api_rate_limits",
  {
    apiKeyId: uuid("api_key_id")
      .notNull()
      .references(() => apiKeys.id, { onDelete: "cascade" }),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.apiKeyId, table.windowStart] })],
);

// Nonces of signed carrier webhooks seen recently: a replayed request is refused.
export const webhookNonces = pgTable(
  "webhook_nonces",
  {
    carrier: text("carrier").notNull(),
    nonce: text("nonce").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.carrier, table.nonce] })],
);
