import Link from "next/link";

// Shown with status 403 when a signed-in user opens a page their role does not allow.
export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl space-y-4 px-4 py-16">
      <h1 className="text-2xl font-bold">Kein Zugriff</h1>
      <p className="text-slate-700">
        Diese Seite ist dem Hauptzugang Ihrer Praxis vorbehalten. Bitte wenden Sie sich an die Person, die Praxisbote für Ihre Praxis
        verwaltet.
      </p>
      <p>
        <Link href="/uebersicht" className="text-brand-700 underline">
          Zur Übersicht
        </Link>
      </p>
    </div>
  );
}
