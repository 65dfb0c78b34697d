import type { Metadata } from "next";
import Link from "next/link";
import { SmsAnalyser } from "@/components/sms/sms-analyser";
import { MAX_CHARACTERS } from "@/lib/sms/characters";
import { PART_CAPACITY } from "@/lib/sms/segments";

export const metadata: Metadata = {
  title: "SMS-Analyse: Zeichen und SMS zählen",
  description: "Prüfen Sie Ihren SMS-Text vor dem Versand: Zeichen, Anzahl der SMS, Kodierung und jedes Zeichen, das die Kosten treibt.",
  alternates: { canonical: "/analyse" },
};

const GSM = PART_CAPACITY["GSM-7"];
const UCS = PART_CAPACITY["UCS-2"];

export default function AnalysePage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-3xl font-bold">SMS-Analyse</h1>
      <p className="mt-3 max-w-3xl text-slate-700">
        Schreiben oder fügen Sie Ihren Text ein: Sie sehen sofort, wie viele SMS daraus werden, wie sie aufgeteilt werden
        und welche Zeichen mehr kosten. Ihr Text verlässt dabei Ihren Browser nicht.
      </p>
      <div className="mt-8">
        <SmsAnalyser />
      </div>
      <section aria-labelledby="regeln" className="mt-12 max-w-3xl text-slate-700">
        <h2 id="regeln" className="text-xl font-bold text-slate-900">Die Regeln in Kürze</h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>
            Mit Zeichen des GSM-Standards passen {GSM.single} Zeichen in eine SMS; längere Texte werden in Teile zu je{" "}
            {GSM.concatenated} Zeichen aufgeteilt.
          </li>
          <li>€ [ ] {"{ }"} \ ^ ~ | gehören zum erweiterten Zeichensatz und zählen doppelt.</li>
          <li>
            Ein einziges anderes Zeichen (etwa ein Emoji oder typografische Anführungszeichen) macht die ganze Nachricht zu
            Unicode: dann {UCS.single} Zeichen je SMS bzw. {UCS.concatenated} je Teil.
          </li>
          <li>Eine Nachricht darf höchstens {MAX_CHARACTERS} Zeichen haben; jeder Teil wird als eine SMS berechnet.</li>
        </ul>
        <p className="mt-3">
          Die <Link href="/zeichenoptimierung" className="font-medium text-brand-700 underline">Zeichenoptimierung</Link> ersetzt
          viele Sonderzeichen automatisch – aber nur, wenn das wirklich SMS spart. Fertige, kurze Texte finden Sie in unseren{" "}
          <Link href="/vorlagen" className="font-medium text-brand-700 underline">Vorlagen</Link>.
        </p>
      </section>
    </div>
  );
}
