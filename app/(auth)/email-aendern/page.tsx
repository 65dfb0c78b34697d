import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { findEmailChange } from "@/lib/accounts/profile";
import { ConfirmEmailForm } from "./_components/confirm-email-form";

export const metadata: Metadata = { title: "E-Mail-Adresse bestätigen", robots: { index: false }, referrer: "no-referrer" };

// A button, not the visit, confirms: mail programs that open links to check them change nothing.
export default async function EmailAendernPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const change = value ? await findEmailChange(await getDb(), value) : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Neue E-Mail-Adresse bestätigen</h1>
      {change ? (
        <ConfirmEmailForm token={value} newEmail={change.newEmail} />
      ) : (
        <p role="alert" className="rounded-md bg-rose-50 p-3 text-rose-800">
          Dieser Link ist abgelaufen oder wurde schon verwendet. Sie können die Änderung in Ihrem Konto neu anfordern.
        </p>
      )}
    </div>
  );
}
