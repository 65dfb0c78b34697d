import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { findInvitation } from "@/lib/accounts/invitations";
import { ROLE_LABELS } from "@/lib/accounts/roles";
import { AcceptInvitationForm } from "./_components/accept-invitation-form";

// The token is in the address: no Referer may carry it to another site.
export const metadata: Metadata = { title: "Einladung annehmen", robots: { index: false }, referrer: "no-referrer" };

export default async function EinladungPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  // Looking does not spend the invitation: mail programs that open links to check them leave it usable.
  const invitation = value ? await findInvitation(await getDb(), value) : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Einladung annehmen</h1>
      {invitation ? (
        <>
          <p className="text-slate-700">
            Sie sind eingeladen, das Praxisbote-Portal von <strong>{invitation.practiceName}</strong> zu nutzen ({ROLE_LABELS[invitation.role]}). Sie
            melden sich künftig mit <strong>{invitation.email}</strong> an.
          </p>
          <AcceptInvitationForm token={value} userInputs={[invitation.email, invitation.practiceName]} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded-md bg-rose-50 p-3 text-rose-800">
            Diese Einladung gilt nicht mehr: Sie ist abgelaufen (nach 7 Tagen), wurde schon angenommen oder zurückgezogen. Bitten Sie Ihre
            Praxis um eine neue Einladung.
          </p>
          <p className="text-sm text-slate-700">
            Haben Sie die Einladung schon angenommen?{" "}
            <Link href="/anmelden" className="text-brand-700 underline">
              Zur Anmeldung
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
