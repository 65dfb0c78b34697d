import type { Metadata } from "next";
import Link from "next/link";
import { formatCents, PRICE_LIST } from "@/lib/billing/price-list";
import { AGREEMENTS, versionLabel } from "@/lib/content/agreements";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = {
  title: "Registrieren",
  description: "Melden Sie Ihre Praxis bei Praxisbote an – der erste Monat ist kostenlos.",
};

const link = (document: keyof typeof AGREEMENTS) => ({
  path: AGREEMENTS[document].path,
  title: document === "terms" ? "AGB" : AGREEMENTS[document].shortTitle,
  version: versionLabel(AGREEMENTS[document].version),
});

export default function RegistrierenPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Praxis registrieren</h1>
      <p className="text-slate-700">
        Der erste Monat ist kostenlos, danach {formatCents(PRICE_LIST.baseFeeCents)} im Monat und {formatCents(PRICE_LIST.perPartCents)} je
        SMS (netto). <Link href="/#preise" className="text-brand-700 underline">Alle Preise</Link>
      </p>
      <SignUpForm terms={link("terms")} dataProcessing={link("data_processing")} />
      <p className="text-sm text-slate-600">
        Schon registriert? <Link href="/anmelden" className="text-brand-700 underline">Anmelden</Link>
      </p>
    </div>
  );
}
