import type { Metadata } from "next";
import Link from "next/link";
import { PlannedPage } from "@/components/portal/planned-page";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganizationSettingsPage() {
  await requireUser({ role: "main" });
  return (
    <PlannedPage title="Organisation">
      <p>Hier pflegen Sie Anschrift, Ansprechpartner und Bankverbindung (IBAN) Ihrer Praxis, die Standorte und die SMS-Einstellungen.</p>
      <p>
        Schon da: die <Link href="/organization/users" className="text-brand-700 underline">Benutzer</Link> Ihrer Praxis und das{" "}
        <Link href="/organization/audit" className="text-brand-700 underline">Protokoll</Link>.
      </p>
    </PlannedPage>
  );
}
