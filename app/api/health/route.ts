// GET /api/health – database, migrations, carrier and mail transport, for load balancers and operators
import { getDatabase } from "@/db/client";
import { migrationState } from "@/db/migrate";
import { checkConfiguration } from "@/lib/config/production-check";
import { env } from "@/lib/env";
import { describeError } from "@/lib/log-error";

export const dynamic = "force-dynamic";

export async function GET() {
  // What this instance runs on, even while the database is away: an operator sees at once
  // whether the simulator or the file mailbox are in use.
  const { carrier, mail, productionSafe } = checkConfiguration(env);
  const configuration = { carrier, mail, productionSafe };
  try {
    const handle = await getDatabase();
    const migrations = await migrationState(handle);
    const ok = migrations === "up-to-date";
    return Response.json({ ok, db: handle.driver, migrations, ...configuration }, { status: ok ? 200 : 503 });
  } catch (error) {
    console.error("[health] database unavailable:", describeError(error));
    return Response.json({ ok: false, db: "unavailable", migrations: "unknown", ...configuration }, { status: 503, headers: { "Retry-After": "5" } });
  }
}
