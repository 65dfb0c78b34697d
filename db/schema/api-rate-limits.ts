import { integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { apiKeys } from "./api-keys";

// Requests per API key and minute. In the database rather than in memory so that every
// instance of the app counts against the same limit. Each window is split into shards (by
// database connection, lib/api/authenticate.ts): a single counter row would make every request
// of a busy key wait for the one before it.
export const apiRateLimits = pgTable(
  "api_rate_limits",
  {
    apiKeyId: uuid("api_key_id")
      .notNull()
      .references(() => apiKeys.id, { onDelete: "cascade" }),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    shard: smallint("shard").notNull().default(0),
    count: integer("count").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.apiKeyId, table.windowStart, table.shard] })],
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
