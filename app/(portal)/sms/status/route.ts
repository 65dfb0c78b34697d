// GET /sms/status?ids=… – the current status of the listed SMS of the user's practice (portal poll)
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors/domain-error";
import { jsonError } from "@/lib/http/json-error";
import { findCurrentStatuses } from "@/lib/messages/sent-sms";

export async function GET(request: Request) {
  const user = await requireUser();
  const ids = (new URL(request.url).searchParams.get("ids") ?? "").split(",").filter(Boolean);
  try {
    const statuses = await findCurrentStatuses(await getDb(), user.practice.id, ids);
    return Response.json(
      { statuses: statuses.map((row) => ({ id: row.id, status: row.status, statusAt: row.statusAt?.toISOString() ?? null })) },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") return jsonError(404, error.code, error.message);
    throw error;
  }
}
