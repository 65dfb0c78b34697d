import { date, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { locations, practices } from "./practices";

export const invoiceStatus = pgEnum("invoice_status", ["issued", "sent", "paid"]);

export const invoices = pgTable(
  "invoices",
  {
    id: id(),
    practiceId: uuid("practice_id")
      .notNull()
      .references(() => practices.id, { onDelete: "restrict" }),
    // Set for a per-location statement; null for the practice's whole invoice.
    locationId: uuid("location_id").references(() => locations.id, { onDelete: "restrict" }),
    number: text("number").notNull().unique(),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    netCents: integer("net_cents").notNull(),
    vatCents: integer("vat_cents").notNull(),
    grossCents: integer("gross_cents").notNull(),
    currency: text("currency").notNull().default("EUR"),
    status: invoiceStatus("status").notNull().default("issued"),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    // One invoice per practice (or location) and month, even if invoicing runs twice.
    unique("invoices_practice_location_period_unique")
      .on(table.practiceId, table.locationId, table.periodStart)
      .nullsNotDistinct(),
    index("invoices_practice_period_idx").on(table.practiceId, table.periodStart.desc()),
  ],
);

export const invoiceLines = pgTable(
  "invoice_lines",
  {
    id: id(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    description: text("description").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    totalCents: integer("total_cents").notNull(),
  },
  (table) => [unique("invoice_lines_invoice_position_unique").on(table.invoiceId, table.position)],
);
