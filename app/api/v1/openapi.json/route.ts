// GET /api/v1/openapi.json – the API described as OpenAPI 3.1, generated from the zod schemas
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument(new URL("/api/v1", env.APP_URL).toString()), {
    headers: { "Access-Control-Allow-Origin": "*" },
  });
}
