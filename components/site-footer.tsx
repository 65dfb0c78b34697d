import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-slate-700 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-slate-900">Praxisbote</p>
          <p className="mt-1">SMS-Terminerinnerung für Zahnarztpraxen in Deutschland und Österreich.</p>
        </div>
        <nav aria-label="Service">
          <ul className="space-y-1">
            <li><Link className="hover:underline" href="/faq">Häufige Fragen</Link></li>
            <li><Link className="hover:underline" href="/vorlagen">Textvorlagen</Link></li>
            <li><Link className="hover:underline" href="/analyse">SMS-Analyse</Link></li>
            <li><Link className="hover:underline" href="/zeichenoptimierung">Zeichenoptimierung</Link></li>
            <li><Link className="hover:underline" href="/api-dokumentation">API-Dokumentation</Link></li>
          </ul>
        </nav>
        <div>
          {/* Contact details live in one place (lib/content/company.ts), read per request by the Impressum. */}
          <p>Fragen? Telefon und E-Mail finden Sie im Impressum.</p>
          <ul className="mt-3 flex gap-4">
            <li><Link className="hover:underline" href="/impressum">Impressum</Link></li>
            <li><Link className="hover:underline" href="/datenschutz">Datenschutz</Link></li>
            <li><Link className="hover:underline" href="/agb">AGB</Link></li>
            <li><Link className="hover:underline" href="/avv">AVV</Link></li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
