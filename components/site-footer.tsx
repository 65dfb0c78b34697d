export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-slate-600">
        <p>Praxisbote – SMS-Terminerinnerung für Zahnarztpraxen in Deutschland und Österreich.</p>
        <p className="mt-2">
          Kontakt: <a className="underline" href="mailto:hallo@praxisbote.de">hallo@praxisbote.de</a>
        </p>
      </div>
    </footer>
  );
}
