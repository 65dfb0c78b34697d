import Link from "next/link";

const TEXTS = {
  used: {
    title: "Dieser Link wurde schon verwendet",
    text: "Jeder Bestätigungslink gilt nur einmal, und ein neu angeforderter Link ersetzt die älteren. Ist Ihre Adresse schon bestätigt, melden Sie sich einfach an.",
  },
  expired: {
    title: "Dieser Link ist abgelaufen",
    text: "Bestätigungslinks gelten 48 Stunden. Melden Sie sich mit Ihrem Passwort an: In der Übersicht können Sie einen neuen Link anfordern.",
  },
  unknown: {
    title: "Diesen Link kennen wir nicht",
    text: "Bitte öffnen Sie den Link direkt aus unserer E-Mail; beim Kopieren geht manchmal ein Teil verloren. Einen neuen Link können Sie nach der Anmeldung in der Übersicht anfordern.",
  },
} as const;

export type LinkProblemKind = keyof typeof TEXTS;

export function LinkProblem({ kind }: { kind: LinkProblemKind }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{TEXTS[kind].title}</h1>
      <p className="text-slate-700">{TEXTS[kind].text}</p>
      <p>
        <Link href="/anmelden" className="text-brand-700 underline">
          Zur Anmeldung
        </Link>
      </p>
    </div>
  );
}
