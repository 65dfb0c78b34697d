import type { SQL } from "drizzle-orm";
import type { Database } from "./client";

/** Rows of a raw SQL query; all three drivers answer `execute` with `{ rows }`. */
export async function selectRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
