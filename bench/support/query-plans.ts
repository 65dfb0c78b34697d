import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Database } from "../../db/client";
import * as schema from "../../db/schema";

// The exact statements a page's functions send, caught by drizzle's logger while the functions
// run against the bench database, and PostgreSQL's EXPLAIN (ANALYZE, BUFFERS) of each.

export interface Plan {
  label: string;
  sql: string;
  plan: string;
  executionMs: number;
}

export async function explainQueries(databaseUrl: string, label: string, run: (db: Database) => Promise<unknown>): Promise<Plan[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const caught: { query: string; params: unknown[] }[] = [];
  try {
    const db = drizzle({
      client: pool,
      schema,
      logger: { logQuery: (query, params) => caught.push({ query, params }) },
    }) as unknown as Database;
    await run(db);
    const plans: Plan[] = [];
    for (const [i, { query, params }] of caught.entries()) {
      if (!/^\s*(select|with)/i.test(query)) continue;
      const { rows } = await pool.query(`explain (analyze, buffers) ${query}`, params);
      const plan = rows.map((row) => row["QUERY PLAN"] as string).join("\n");
      const time = /Execution Time: ([\d.]+) ms/.exec(plan);
      plans.push({
        label: caught.length > 1 ? `${label} (${i + 1})` : label,
        sql: query,
        plan,
        executionMs: time ? Number(time[1]) : NaN,
      });
    }
    return plans;
  } finally {
    await pool.end();
  }
}
