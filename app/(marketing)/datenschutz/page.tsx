import type { Metadata } from "next";

export const metadata: Metadata = { title: "Datenschutz", robots: { index: false } };

export default function DatenschutzPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold">Datenschutz</h1>
      <div className="mt-4 space-y-3 text-slate-700">
        <p>Die vollständige Datenschutzerklärung und der Vertrag zur Auftragsverarbeitung folgen vor dem Start des Kundenportals.</p>
        <p>
          Schon jetzt gilt: Diese Website setzt keine Cookies zur Analyse und lädt nichts von fremden Servern. Die SMS-Analyse
          und die Vorlagen rechnen vollständig in Ihrem Browser – Ihre Texte werden nicht an uns übertragen.
        </p>
      </div>
    </div>
  );
}
