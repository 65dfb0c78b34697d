// GET /stat/activity/csv?ansicht=tage|monate|standorte – the statistics as a CSV file
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { loadActivity } from "@/lib/statistics/activity";
import { ACTIVITY_CSV_VIEWS, activityCsv, activityCsvFileName, type ActivityCsvView } from "@/lib/statistics/activity-csv";
import { berlinDayString } from "@/lib/time/berlin";

export async function GET(request: Request) {
  const user = await requireUser();
  const view = new URL(request.url).searchParams.get("ansicht") ?? "tage";
  if (!(ACTIVITY_CSV_VIEWS as readonly string[]).includes(view)) {
    return new Response("Unbekannte Ansicht: erlaubt sind tage, monate und standorte.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const now = new Date();
  const activity = await loadActivity(await getDb(), user.practice.id, now);
  return new Response(activityCsv(activity, view as ActivityCsvView), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${activityCsvFileName(view as ActivityCsvView, berlinDayString(now))}"`,
      "cache-control": "private, no-store",
    },
  });
}
