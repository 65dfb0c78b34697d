import type { Metadata } from "next";
import { PlannedPage } from "@/components/portal/planned-page";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "API-Key" };

export default async function ApiKeyPage() {
  await requireUser({ role: "main" });
  return (
    <PlannedPage title="API-Key">
      <p>
        Hier sehen Sie die API-Keys Ihrer Praxis (nur die ersten Zeichen), erzeugen neue und widerrufen alte. Den Key, den Sie bei der
        Registrierung erhalten haben, tragen Sie mit der Basis-URL in Ihrer Praxissoftware ein.
      </p>
    </PlannedPage>
  );
}
