import type { Metadata } from "next";

export const metadata: Metadata = { title: "Impressum", robots: { index: false } };

export default function ImpressumPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold">Impressum</h1>
      <p className="mt-4 text-slate-700">
        Die Angaben nach § 5 DDG (Anbieter, Anschrift, Vertretung, Registereintrag, Umsatzsteuer-ID) folgen mit der
        Gründung der Gesellschaft. Bis dahin erreichen Sie uns unter{" "}
        <a className="underline" href="mailto:hallo@praxisbote.de">hallo@praxisbote.de</a>.
      </p>
    </div>
  );
}
