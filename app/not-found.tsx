import Link from "next/link";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="inhalt" className="mx-auto max-w-3xl px-4 py-20">
        <p className="text-sm font-semibold text-brand-700">Fehler 404</p>
        <h1 className="mt-2 text-3xl font-bold">Diese Seite gibt es nicht</h1>
        <p className="mt-4 text-slate-700">
          Vielleicht hat sich die Adresse geändert. Von hier aus geht es weiter:
        </p>
        <ul className="mt-4 list-disc space-y-1 pl-6">
          <li><Link className="text-brand-700 underline" href="/">Startseite</Link></li>
          <li><Link className="text-brand-700 underline" href="/faq">Häufige Fragen</Link></li>
          <li><Link className="text-brand-700 underline" href="/analyse">SMS-Analyse</Link></li>
        </ul>
      </main>
      <SiteFooter />
    </>
  );
}
