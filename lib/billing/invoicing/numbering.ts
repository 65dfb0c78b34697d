import { sql } from "drizzle-orm";
import type { Database } from "../../../db/client";
import { selectRows } from "../../../db/rows";

/**
 * Takes the next invoice number of a year, "2026-000123". Call it inside the transaction that
 * stores the invoice: the sequence row stays locked until that commits, and a rollback gives
 * the number back, so numbers have neither gaps nor duplicates.
 */
export async function takeInvoiceNumber(tx: Database, year: number): Promise<string> {
  const [row] = await selectRows<{ last_number: number }>(
    tx,
    sql`insert into invoice_number_sequences (year, last_number) values (${year}, 1)
        on conflict (year) do update set last_number = invoice_number_sequences.last_number + 1
        returning last_number`,
  );
  return `${year}-${String(row.last_number).padStart(6, "0")}`;
}
