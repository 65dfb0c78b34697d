// GET /api/health – database driver and migration state, for load balancers and tests
import { getDatabase } from "@/db/client";
import { migrationState } from "@/db/migrate";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const handle = await getDatabase();
    const migrations = await migrationState(handle);
    const ok = migrations === "up-to-date";
    return Response.json({ ok, db: handle.driver, migrations }, { status: ok ? 200 : 503 });
  } catch (error) {
    console.error("[health] database unavailable:", (error as Error).message);
    return Response.json({ ok: false, db: "unavailable", migrations: "unknown" }, { status: 503 });
  }
}
