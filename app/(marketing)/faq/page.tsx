import type { Metadata } from "next";
import { FAQ_GROUPS } from "@/lib/content/faq";
import { FaqAnswer } from "./_components/faq-answer";
import { faqStructuredData } from "./structured-data";

export const metadata: Metadata = {
  title: "Häufige Fragen",
  description: "Antworten zu Anmeldung, Einrichtung im PVS, Versand und Zustellung, Antworten von Patienten, Statistik und Abrechnung.",
  alternates: { canonical: "/faq" },
};

// "<" would let a string close the script element; JSON allows it escaped.
const structuredData = JSON.stringify(faqStructuredData(FAQ_GROUPS)).replace(/</g, "\\u003c");

export default function FaqPage() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: structuredData }} />
      <h1 className="text-3xl font-bold">Häufige Fragen</h1>
      <p className="mt-3 text-slate-700">
        Jede Antwort hat einen eigenen Link (das #-Zeichen neben der Frage) – praktisch, wenn Sie eine Antwort im Team
        weitergeben möchten.
      </p>

      <nav aria-label="Themen" className="mt-8 rounded-lg border border-slate-200 p-5">
        <h2 className="font-semibold">Themen</h2>
        <ul className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {FAQ_GROUPS.map((group) => (
            <li key={group.id}>
              <a href={`#${group.id}`} className="text-brand-700 underline underline-offset-2">
                {group.title}
              </a>{" "}
              <span className="text-sm text-slate-600">({group.entries.length})</span>
            </li>
          ))}
        </ul>
      </nav>

      {FAQ_GROUPS.map((group) => (
        <section key={group.id} aria-labelledby={group.id} className="mt-12">
          <h2 id={group.id} className="scroll-mt-4 border-b border-slate-200 pb-2 text-2xl font-bold">
            {group.title}
          </h2>
          {group.entries.map((entry) => (
            <article key={entry.id} id={entry.id} className="mt-8 scroll-mt-4 target:rounded-md target:bg-brand-50 target:p-3">
              <h3 className="group text-lg font-semibold">
                {entry.question}{" "}
                <a
                  href={`#${entry.id}`}
                  className="ml-1 text-slate-500 no-underline hover:text-brand-700"
                  aria-label={`Link zu dieser Antwort: ${entry.question}`}
                >
                  #
                </a>
              </h3>
              <div className="mt-2">
                <FaqAnswer blocks={entry.answer} />
              </div>
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
