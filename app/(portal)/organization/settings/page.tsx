import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { actorOf } from "@/lib/accounts/actor";
import { requireUser } from "@/lib/auth/current-user";
import { CREDITOR_ID_PLACEHOLDER, readSepaCreditor } from "@/lib/billing/sepa-creditor";
import { sepaMandateText } from "@/lib/billing/sepa-mandate";
import { listLocations } from "@/lib/practices/locations";
import { getPracticeSettings } from "@/lib/practices/practice-settings";
import { formatBerlinDate } from "@/lib/time/berlin";
import { BankDetailsForm } from "./_components/bank-details-form";
import { AddLocationForm, DeleteLocationForm, EditLocationForm } from "./_components/location-forms";
import { PracticeDataForm } from "./_components/practice-data-form";

export const metadata: Metadata = { title: "Ihre Praxis" };

const link = "text-brand-700 underline";

export default async function OrganizationSettingsPage() {
  const user = await requireUser({ role: "main" });
  const db = await getDb();
  const actor = actorOf(user);
  const [settings, locations] = await Promise.all([getPracticeSettings(db, actor), listLocations(db, actor)]);
  const creditor = readSepaCreditor();
  const { mandate } = settings;
  // The tick grants a new mandate (new reference) unless the same account is only confirmed again.
  const grantedReference = mandate.valid || !mandate.reference ? mandate.nextReference : mandate.reference;

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Ihre Praxis</h1>
        <p className="max-w-3xl text-slate-700">
          Anschrift, Ansprechperson, Bankverbindung und Standorte Ihrer Praxis. Jede Änderung steht mit altem und neuem Wert im{" "}
          <Link href="/organization/audit" className={link}>
            Protokoll
          </Link>
          . Außerdem: die <Link href="/organization/users" className={link}>Benutzer</Link> Ihrer Praxis und Ihr{" "}
          <Link href="/organization/apikey" className={link}>
            API-Key
          </Link>
          .
        </p>
      </div>

      <section aria-labelledby="praxisdaten" className="max-w-2xl space-y-3">
        <h2 id="praxisdaten" className="text-lg font-semibold">
          Praxisdaten
        </h2>
        <PracticeDataForm initial={settings.data} country={settings.country} contactEmail={settings.contactEmail} />
      </section>

      <section aria-labelledby="bankverbindung" className="max-w-2xl space-y-3">
        <h2 id="bankverbindung" className="text-lg font-semibold">
          Bankverbindung
        </h2>
        <p className="text-slate-700">Wir buchen Ihre Monatsrechnung per SEPA-Lastschrift ab.</p>
        {creditor.id === CREDITOR_ID_PLACEHOLDER && (
          <p role="note" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            Unsere Gläubiger-Identifikationsnummer ist noch nicht eingetragen; das Mandat zeigt an ihrer Stelle einen Platzhalter.
          </p>
        )}
        <BankDetailsForm
          initial={settings.bank}
          mandate={{
            valid: mandate.valid,
            reference: mandate.reference,
            acceptedOn: mandate.acceptedAt ? formatBerlinDate(mandate.acceptedAt) : null,
            nextReference: mandate.nextReference,
            text: sepaMandateText(creditor, grantedReference),
          }}
        />
      </section>

      <section aria-labelledby="standorte" className="space-y-4">
        <h2 id="standorte" className="text-lg font-semibold">
          Standorte
        </h2>
        <p className="max-w-3xl text-slate-700">
          Hat Ihre Praxis mehrere Standorte, sendet Ihr PVS mit jeder SMS den Code des Standorts; Statistik und Rechnung zeigen dann jeden Standort
          einzeln. Ein Standort mit SMS kann nicht gelöscht, nur umbenannt werden.
        </p>
        {locations.length === 0 ? (
          <p className="text-slate-600">Noch keine Standorte.</p>
        ) : (
          <Table>
            <TableCaption>Standorte Ihrer Praxis</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Code</TableHead>
                <TableHead>Anschrift</TableHead>
                <TableHead>SMS</TableHead>
                <TableHead>
                  <span className="sr-only">Bearbeiten</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {locations.map((location) => (
                <TableRow key={location.id}>
                  <TableCell>{location.name}</TableCell>
                  <TableCell className="font-mono">{location.code}</TableCell>
                  <TableCell>
                    {[location.street, [location.postalCode, location.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || (
                      <span className="text-slate-500">–</span>
                    )}
                  </TableCell>
                  <TableCell>{location.messageCount.toLocaleString("de-DE")}</TableCell>
                  <TableCell>
                    <details>
                      <summary className="cursor-pointer text-brand-700">Bearbeiten</summary>
                      <div className="mt-3 min-w-80 space-y-4">
                        <EditLocationForm location={location} />
                        <DeleteLocationForm location={location} />
                      </div>
                    </details>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <div className="max-w-2xl space-y-3">
          <h3 className="font-semibold">Standort anlegen</h3>
          <AddLocationForm />
        </div>
      </section>
    </div>
  );
}
