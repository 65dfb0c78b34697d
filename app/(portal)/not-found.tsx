import Link from "next/link";

// Inside the portal shell: an unknown id (or another practice's) and a mistyped address.
export default function PortalNotFound() {
  return (
    <div className="space-y-4">
      <p className="text-sm font-semibold text-brand-700">Fehler 404</p>
      <h1 className="text-2xl font-bold">Diesen Eintrag gibt es nicht</h1>
      <p className="text-slate-700">Vielleicht wurde er gelöscht, oder der Link ist unvollständig. Von hier aus geht es weiter:</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link className="text-brand-700 underline" href="/uebersicht">Übersicht</Link>
        </li>
        <li>
          <Link className="text-brand-700 underline" href="/sms">Gesendete SMS</Link>
        </li>
      </ul>
    </div>
  );
}
