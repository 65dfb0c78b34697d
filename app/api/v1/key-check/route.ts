// GET /api/v1/key-check – what the PVS's "Key-Check" button calls
import { keyCheckBody } from "@/lib/api/key-check";
import { apiRoute, otherMethods } from "@/lib/api/route-handler";

export const dynamic = "force-dynamic";

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");

export const GET = apiRoute(async ({ caller, realCarrier }) => Response.json(keyCheckBody(caller, realCarrier)));
