import type { Metadata } from "next";
import Link from "next/link";
import { codePointLabel, displayCharacter } from "@/components/sms/character-notes";
import { GSM_REPLACEMENTS } from "@/lib/sms/optimise";

export const metadata: Metadata = {
  title: "Zeichenoptimierung: alle Ersetzungen",
  description: "Welche Sonderzeichen die Zeichenoptimierung durch GSM-Zeichen ersetzt, damit Ihre SMS kürzer und günstiger wird – die vollständige Liste.",
  alternates: { canonical: "/zeichenoptimierung" },
};

export default function ZeichenoptimierungPage() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold">Zeichenoptimierung</h1>
      <div className="mt-3 space-y-3 text-slate-700">
        <p>
          Typografische Anführungszeichen, Gedankenstriche, Auslassungspunkte oder besondere Leerzeichen gehören nicht zum
          GSM-Zeichensatz. Schon eines davon macht die ganze SMS zu Unicode – statt 160 passen dann nur 70 Zeichen hinein.
        </p>
        <p>
          Schalten Sie im Kundenportal unter SMS-Einstellungen die „Kostenreduzierung durch Zeichenoptimierung“ ein, ersetzen
          wir diese Zeichen vor dem Versand durch ihre GSM-Entsprechung. Wir tun das nur, wenn Ihre Nachricht dadurch
          weniger SMS braucht; Zeichen, die schon zum GSM-Zeichensatz gehören (auch ä, ö, ü und ß), bleiben immer, wie sie
          sind. Die Wirkung auf Ihren Text zeigt die <Link href="/analyse" className="font-medium text-brand-700 underline">SMS-Analyse</Link>.
        </p>
        <p>Die vollständige Liste der {GSM_REPLACEMENTS.length} Ersetzungen:</p>
      </div>
      <div className="mt-6 overflow-x-auto rounded-lg border border-slate-200">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Ersetzungen der Zeichenoptimierung</caption>
          <thead className="bg-slate-50 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">Zeichen</th>
              <th scope="col" className="px-3 py-2">Unicode</th>
              <th scope="col" className="px-3 py-2">wird zu</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {GSM_REPLACEMENTS.map((entry) => (
              <tr key={entry.from}>
                <td className="px-3 py-1.5 font-mono text-base">{displayCharacter(entry.from)}</td>
                <td className="px-3 py-1.5 text-slate-600">
                  {codePointLabel(entry.from)} <span className="lowercase">{entry.name}</span>
                </td>
                <td className="px-3 py-1.5 font-mono">
                  {entry.to === "" ? <span className="font-sans text-slate-600">(entfernt)</span> : displayCharacter(entry.to)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
