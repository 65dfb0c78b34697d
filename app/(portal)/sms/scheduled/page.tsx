import type { Metadata } from "next";
import { PlannedPage } from "@/components/portal/planned-page";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Geplante SMS" };

export default async function ScheduledSmsPage() {
  await requireUser();
  return (
    <PlannedPage title="Geplante SMS">
      <p>
        Hier sehen Sie die SMS, die noch nicht an den Netzbetreiber übergeben wurden, und können einzelne oder alle markierten entfernen.
        Bis dahin löscht Ihre Praxissoftware geplante SMS über die API.
      </p>
    </PlannedPage>
  );
}
