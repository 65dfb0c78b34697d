import { authenticate } from "../../lib/api/authenticate";
import { generateApiKey } from "../../lib/api/api-key";
import type { PracticeContext } from "../../lib/practices/practice-context";
import type { Database } from "../client";
import { apiKeys } from "../schema";

/** A test key (pb_test_…) for the caller's practice, and the context the API gives its requests. */
export async function createSandboxCaller(db: Database, live: PracticeContext): Promise<{ caller: PracticeContext; apiKey: string }> {
  const generated = generateApiKey("test");
  await db.insert(apiKeys).values({ practiceId: live.practice.id, name: "Test", prefix: generated.prefix, keyHash: generated.hash, sandbox: true });
  const { caller } = await authenticate(db, new Request("http://test.local", { headers: { authorization: `Bearer ${generated.key}` } }), 1_000_000);
  return { caller, apiKey: generated.key };
}
