import { date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { invoices } from "./invoices";

export const sepaSequenceType = pgEnum("sepa_sequence_type", ["FRST", "RCUR"]);

/**
 * Which invoice went to the bank in a direct-debit file, under which mandate and sequence type.
 * A mandate's first collection is FRST, every later one RCUR; an invoice exported again keeps
 * the type it had, so a file the bank refused is rebuilt the same.
 */
export const sepaCollections = pgTable(
  "sepa_collections",
  {
    invoiceId: uuid("invoice_id")
      .primaryKey()
      // Goes with its invoice when that is deleted after its 8 years.
      .references(() => invoices.id, { onDelete: "cascade" }),
    mandateReference: text("mandate_reference").notNull(),
    sequenceType: sepaSequenceType("sequence_type").notNull(),
    collectionDate: date("collection_date", { mode: "string" }).notNull(),
    exportedAt: timestamp("exported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("sepa_collections_mandate_idx").on(table.mandateReference)],
);
