import type { Metadata } from "next";
import Link from "next/link";
import { codePointLabel, displayCharacter } from "@/components/sms/character-notes";
import { buildOptimisationList } from "@/lib/content/optimisation-list";

export const metadata: Metadata = {
  title: "Zeichenoptimierung: alle Ersetzungen",
  description: "Welche Sonderzeichen die Zeichenoptimierung durch GSM-Zeichen ersetzt, damit Ihre SMS kürzer und günstiger wird – die vollständige Liste.",
  alternates: { canonical: "/zeichenoptimierung" },
};

const { replaced, refused } = buildOptimisationList();

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
        <p>
          Die vollständige Liste der {replaced.length} Ersetzungen folgt; einige Steuerzeichen ersetzen wir nicht, sondern{" "}
          <a href="#abgelehnt" className="font-medium text-brand-700 underline">lehnen sie ab</a>.
        </p>
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
            {replaced.map((entry) => (
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

      <section aria-labelledby="abgelehnt" className="mt-12">
        <h2 id="abgelehnt" className="text-2xl font-bold">Steuerzeichen: abgelehnt statt ersetzt</h2>
        <p className="mt-3 text-slate-700">
          Die folgenden {refused.length} unsichtbaren Steuerzeichen zeigt kein Handy an. Enthält der Text einer SMS eines davon,
          nehmen wir die Nachricht gar nicht erst an: Ihre Praxissoftware erhält den Fehler{" "}
          <code className="rounded bg-slate-100 px-1">invalid_request</code>, und es entstehen keine Kosten. Die Zeichenoptimierung
          kommt bei diesen Zeichen also nie zum Zug – entfernen Sie sie in der Vorlage Ihrer Praxissoftware. Tabulator,
          Zeilenumbrüche und Seitenvorschub sind erlaubt.
        </p>
        <div className="mt-6 overflow-x-auto rounded-lg border border-slate-200">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Steuerzeichen, die wir ablehnen</caption>
            <thead className="bg-slate-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">Zeichen</th>
                <th scope="col" className="px-3 py-2">Unicode</th>
                <th scope="col" className="px-3 py-2">Behandlung</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {refused.map((entry) => (
                <tr key={entry.from}>
                  <td className="px-3 py-1.5 font-mono text-base">{displayCharacter(entry.from)}</td>
                  <td className="px-3 py-1.5 text-slate-600">
                    {codePointLabel(entry.from)} <span className="lowercase">{entry.name}</span>
                  </td>
                  <td className="px-3 py-1.5 text-rose-800">abgelehnt</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
