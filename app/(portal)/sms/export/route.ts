// GET /sms/export?… – the filtered "Gesendete SMS" as a CSV download, streamed in batches
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { csvFileName, streamSentSmsCsv } from "@/lib/messages/sent-sms-csv";
import { parseSentSmsFilters } from "@/lib/messages/sent-sms-filters";

export async function GET(request: Request) {
  const user = await requireUser();
  const { filters, errors } = parseSentSmsFilters(new URL(request.url).searchParams, user.context.practice.country);
  const problems = Object.values(errors);
  if (problems.length > 0) {
    return new Response(`Die Filter sind ungültig: ${problems.join(" ")}`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const body = streamSentSmsCsv(await getDb(), user.practice.id, filters);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${csvFileName()}"`,
      // Patient numbers and texts: no shared cache may keep them.
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
