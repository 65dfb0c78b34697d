import type { Metadata } from "next";
import Link from "next/link";
import { TemplateGallery } from "./_components/template-gallery";

export const metadata: Metadata = {
  title: "Textvorlagen für Terminerinnerung und Recall",
  description: "Erprobte SMS-Vorlagen für Terminerinnerungen und Recall – mit Live-Zählung von Zeichen und SMS und Warnung, wenn lange Namen eine zweite SMS kosten.",
  alternates: { canonical: "/vorlagen" },
};

export default function VorlagenPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-3xl font-bold">Textvorlagen</h1>
      <div className="mt-3 max-w-3xl space-y-2 text-slate-700">
        <p>
          Kurze Texte, die in eine SMS passen, Ihre Praxis und Telefonnummer nennen und nie eine Behandlung verraten. Kopieren
          Sie eine Vorlage und ersetzen Sie die Platzhalter in Ihrer Praxissoftware durch deren Felder.
        </p>
        <p className="text-sm">
          Eigene Texte prüfen Sie mit der <Link href="/analyse" className="font-medium text-brand-700 underline">SMS-Analyse</Link>.
        </p>
      </div>
      <div className="mt-8">
        <TemplateGallery />
      </div>
    </div>
  );
}
