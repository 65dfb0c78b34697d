import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { findResetTarget } from "@/lib/accounts/password-reset";
import { ResetPasswordForm } from "./_components/reset-password-form";

// The token is in the address: no Referer may carry it to another site.
export const metadata: Metadata = { title: "Neues Passwort", robots: { index: false }, referrer: "no-referrer" };

export default async function PasswortZuruecksetzenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  // Looking does not spend the link: mail programs that open links to check them leave it usable.
  const target = value ? await findResetTarget(await getDb(), value) : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Neues Passwort festlegen</h1>
      {target ? (
        <>
          <p className="text-slate-700">
            Für den Zugang <strong>{target.email}</strong>. Mit dem neuen Passwort werden alle bestehenden Anmeldungen beendet.
          </p>
          <ResetPasswordForm token={value} userInputs={target.userInputs} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded-md bg-rose-50 p-3 text-rose-800">
            Dieser Link ist abgelaufen oder wurde schon verwendet. Ein Link gilt eine Stunde und nur einmal.
          </p>
          <Link href="/passwort-vergessen" className="text-brand-700 underline">
            Neuen Link anfordern
          </Link>
        </>
      )}
    </div>
  );
}
