// GET /api/v1/key-check – what the PVS's "Key-Check" button calls
import { apiRoute } from "@/lib/api/route-handler";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ caller }) =>
  Response.json({
    valid: true,
    practice: { id: caller.practice.id, name: caller.practice.name },
    location: caller.location?.code ?? null,
  }),
);
