import { sql } from "drizzle-orm";
import { bigserial, boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { practices } from "./practices";
import { userRole, users } from "./users";

export const authTokenPurpose = pgEnum("auth_token_purpose", [
  "email_confirmation",
  "password_reset",
  "invitation",
  "email_change",
  // Exchanged by Auth.js for a session once every factor was checked.
  "login_ticket",
  // Between a correct password and the second factor.
  "two_factor_challenge",
]);

// Every link we e-mail (and the short-lived ticket between password and second factor) is a
// single-use token stored only as its SHA-256.
export const authTokens = pgTable(
  "auth_tokens",
  {
    id: id(),
    purpose: authTokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    practiceId: uuid("practice_id").references(() => practices.id, { onDelete: "cascade" }),
    // The address an invitation or an e-mail change is for.
    email: text("email"),
    role: userRole("role"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index("auth_tokens_user_idx").on(table.userId), index("auth_tokens_practice_idx").on(table.practiceId)],
);

// Two-factor recovery codes, each usable once, stored hashed.
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index("recovery_codes_user_idx").on(table.userId)],
);

// Login attempts, for the lockout every instance shares (5 per address, 20 per IP in 15 minutes).
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("login_attempts_email_idx").on(table.email, table.attemptedAt),
    index("login_attempts_ip_idx").on(table.ip, table.attemptedAt),
  ],
);

// Fixed-window counters for unauthenticated forms (sign-up, password reset) per IP.
export const requestLimits = pgTable(
  "request_limits",
  {
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.scope, table.key, table.windowStart] })],
);

export const agreementDocument = pgEnum("agreement_document", ["terms", "data_processing"]);

// Which version of our terms and of the data-processing agreement was accepted, when and by whom.
export const agreementAcceptances = pgTable(
  "agreement_acceptances",
  {
    id: id(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    document: agreementDocument("document").notNull(),
    version: text("version").notNull(),
    ip: text("ip"),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("agreement_acceptances_practice_idx").on(table.practiceId)],
);

// Who did what, when and from where. Append-only: a trigger in the migration refuses updates
// and deletes, except of entries older than the 3 years we keep them.
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    // Kept as text: the log must still say who it was after the user is removed.
    actorEmail: text("actor_email"),
    action: text("action").notNull(),
    details: jsonb("details"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql`now()`),
  },
  // NULLS FIRST: the order `order by created_at desc, id desc` reads (see messages_practice_created_idx).
  (table) => [index("audit_log_practice_idx").on(table.practiceId, table.createdAt.desc().nullsFirst(), table.id.desc().nullsFirst())],
);
