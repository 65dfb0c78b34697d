// GET /api/v1/openapi.json – the API described as OpenAPI 3.1, generated from the zod schemas
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { otherMethods } from "@/lib/api/route-handler";

export const dynamic = "force-static";

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");

export function GET() {
  // Relative to the document itself, so the same build is right on every host.
  return Response.json(buildOpenApiDocument("/api/v1"), {
    headers: { "Access-Control-Allow-Origin": "*" },
  });
}
