import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { formatCents, PRICE_LIST } from "@/lib/billing/price-list";

export const metadata: Metadata = {
  title: "Registrieren",
  description: "Melden Sie Ihre Praxis bei Praxisbote an – der erste Monat ist kostenlos.",
};

export default function RegistrierenPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Praxis anmelden</h1>
      <p className="text-slate-700">
        Die Selbstanmeldung öffnet in Kürze. Bis dahin richten wir Ihren Zugang persönlich ein: Schreiben Sie uns den Namen
        Ihrer Praxis, Ihre Anschrift und die E-Mail-Adresse für den Hauptzugang – Sie erhalten Zugang und API-Key noch am
        selben Werktag.
      </p>
      <Button asChild>
        <a href="mailto:hallo@praxisbote.de?subject=Anmeldung%20Praxisbote">Anmeldung per E-Mail senden</a>
      </Button>
      <p className="text-sm text-slate-600">
        Der erste Monat ist kostenlos, danach {formatCents(PRICE_LIST.baseFeeCents)} im Monat und{" "}
        {formatCents(PRICE_LIST.perPartCents)} je SMS (netto). <Link href="/#preise" className="underline">Alle Preise</Link>
      </p>
    </div>
  );
}
