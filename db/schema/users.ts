import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { practices } from "./practices";

export const userRole = pgEnum("user_role", ["main", "staff"]);

export const users = pgTable(
  "users",
  {
    id: id(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    // Stored lower-case; unique across all practices because it is the login.
    email: text("email").notNull().unique(),
    name: text("name"),
    role: userRole("role").notNull().default("staff"),
    passwordHash: text("password_hash").notNull(),
    // Every session carries the version it was issued with; bumping it ends them all
    // (logout everywhere, password change or reset, role change).
    sessionVersion: integer("session_version").notNull().default(1),
    emailConfirmedAt: timestamp("email_confirmed_at", { withTimezone: true }),
    // AES-256-GCM with AUTH_ENCRYPTION_KEY; set while two-factor login is being set up or on.
    totpSecretEncrypted: text("totp_secret_encrypted"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    // The 30-second step of the last accepted code: a code is accepted only once.
    totpLastStep: integer("totp_last_step"),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index("users_practice_idx").on(table.practiceId)],
);
