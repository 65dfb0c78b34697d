// GET /api/v1/openapi.json – the API described as OpenAPI 3.1, generated from the zod schemas
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { otherMethods } from "@/lib/api/route-handler";

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");

// Generated once per process: turning the zod schemas into JSON Schema costs three times a
// request to /api/health, and the document only changes with a new build. `force-static` cannot
// do this: Next runs a route that exports POST, PUT, PATCH or DELETE on every request.
let body: string | undefined;

export function GET() {
  // Relative to the document itself, so the same build is right on every host.
  body ??= JSON.stringify(buildOpenApiDocument("/api/v1"));
  return new Response(body, {
    headers: { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*" },
  });
}
