import pg from "pg";

/** One statement on its own connection, e.g. CREATE/DROP DATABASE, which cannot run in a pool's transaction. */
export async function adminQuery(url: string, text: string, values?: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}
