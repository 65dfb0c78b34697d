import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";

export const practices = pgTable("practices", {
  id: id(),
  name: text("name").notNull(),
  street: text("street"),
  postalCode: text("postal_code"),
  city: text("city"),
  country: text("country").notNull().default("DE"),
  contactName: text("contact_name"),
  contactEmail: text("contact_email").notNull(),
  contactPhone: text("contact_phone"),
  billingName: text("billing_name"),
  billingEmail: text("billing_email"),
  iban: text("iban"),
  bic: text("bic"),
  vatId: text("vat_id"),
  // SEPA direct-debit mandate: our reference, and when and in which wording the practice granted it.
  sepaMandateReference: text("sepa_mandate_reference").unique(),
  sepaMandateAcceptedAt: timestamp("sepa_mandate_accepted_at", { withTimezone: true }),
  sepaMandateVersion: text("sepa_mandate_version"),
  // No base fee and no SMS charges until this moment (first full month free).
  trialEndsAt: timestamp("trial_ends_at", { withTimezone: true }).notNull(),
  optimiseCharacters: boolean("optimise_characters").notNull().default(false),
  defaultSender: text("default_sender"),
  replyForwardEmail: text("reply_forward_email"),
  // A number we rent to the practice: it becomes the sender, and replies to it are forwarded.
  replyNumber: text("reply_number"),
  // The sign-up address was confirmed; until then real carriers refuse the practice's messages.
  emailConfirmedAt: timestamp("email_confirmed_at", { withTimezone: true }),
  // The main user requires two-factor login of every user of the practice.
  requireTwoFactor: boolean("require_two_factor").notNull().default(false),
  // Parts per calendar month; null means no limit.
  monthlyPartLimit: integer("monthly_part_limit"),
  // Sending window in minutes after local midnight (Europe/Berlin or Europe/Vienna by country);
  // both null: no quiet hours. Start after end is a window across midnight.
  quietHoursStart: smallint("quiet_hours_start"),
  quietHoursEnd: smallint("quiet_hours_end"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (table) => [
  check(
    "practices_quiet_hours_check",
    sql`(${table.quietHoursStart} is null and ${table.quietHoursEnd} is null) or
        (${table.quietHoursStart} between 0 and 1439 and ${table.quietHoursEnd} between 0 and 1439 and ${table.quietHoursStart} <> ${table.quietHoursEnd})`,
  ),
]);

export const locations = pgTable(
  "locations",
  {
    id: id(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "cascade" }),
    // What the PVS sends as `location`.
    code: text("code").notNull(),
    name: text("name").notNull(),
    street: text("street"),
    postalCode: text("postal_code"),
    city: text("city"),
    createdAt: createdAt(),
  },
  (table) => [unique("locations_practice_code_unique").on(table.practiceId, table.code)],
);
