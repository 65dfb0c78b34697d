import type { Metadata } from "next";
import { PlannedPage } from "@/components/portal/planned-page";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Rechnungen" };

export default async function InvoicesPage() {
  await requireUser();
  return (
    <PlannedPage title="Rechnungen">
      <p>
        Hier finden Sie Ihre Monatsrechnungen als PDF, mit einer Aufstellung je Standort. Der erste Monat ist kostenlos; die erste Rechnung
        erhalten Sie nach dessen Ende auch per E-Mail.
      </p>
    </PlannedPage>
  );
}
