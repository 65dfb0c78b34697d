/** The error envelope `{ error: { code, message } }` for routes outside the PVS API (webhooks, Inngest). */
export function jsonError(status: number, code: string, message: string, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message } }, { status, headers });
}
