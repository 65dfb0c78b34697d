import type { Metadata } from "next";
import { PlannedPage } from "@/components/portal/planned-page";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Gesendete SMS" };

export default async function SentSmsPage() {
  await requireUser();
  return (
    <PlannedPage title="Gesendete SMS">
      <p>
        Hier finden Sie die SMS der letzten 60 Tage mit Empfänger (maskiert), Absender, Textanfang, Anzahl der Teile und dem Zustellstatus,
        filterbar nach Status, Zeitraum, Standort und Nummer, und als CSV-Export.
      </p>
    </PlannedPage>
  );
}
