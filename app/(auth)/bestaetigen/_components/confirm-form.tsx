"use client";

import Link from "next/link";
import { useActionState } from "react";
import { CopyButton } from "@/components/sms/copy-button";
import { Button } from "@/components/ui/button";
import { confirmAddress, type ConfirmState } from "../actions";
import { LinkProblem, type LinkProblemKind } from "./link-problem";

const initialState: ConfirmState = { status: "idle" };

/**
 * Rendered by the page for every link, also a spent one (`problem`): the login cookie the action
 * sets makes Next render the page again, which then finds the link used. Staying the same
 * component keeps the action's answer, so the API key is still shown that one time.
 */
export function ConfirmForm({ token, apiBaseUrl, problem }: { token: string; apiBaseUrl: string; problem: LinkProblemKind | null }) {
  const [state, action, pending] = useActionState(confirmAddress, initialState);
  if (state.status === "used" || state.status === "expired" || state.status === "unknown") return <LinkProblem kind={state.status} />;
  if (state.status !== "confirmed" && problem) return <LinkProblem kind={problem} />;
  if (state.status === "confirmed") {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Ihre E-Mail-Adresse ist bestätigt</h1>
        <p className="text-slate-700">
          Ab jetzt verschicken wir die SMS Ihrer Praxis an echte Empfänger. Ihr Gratismonat läuft bis einschließlich{" "}
          <strong>{state.lastFreeDay}</strong>.
        </p>
        {state.apiKey && (
          <section aria-labelledby="api-key" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4">
            <h2 id="api-key" className="font-semibold">
              Ihr API-Key – nur jetzt sichtbar
            </h2>
            <p className="text-sm text-slate-700">
              Kopieren Sie ihn jetzt in die SMS-Einstellungen Ihrer Praxissoftware, zusammen mit der Basis-URL. Wir speichern nur einen
              Fingerabdruck des Keys und können ihn nicht noch einmal anzeigen.
            </p>
            <p className="font-mono text-sm break-all" data-testid="api-key">
              {state.apiKey}
            </p>
            <CopyButton text={state.apiKey} />
            <p className="text-sm text-slate-700">
              Basis-URL: <span className="font-mono break-all">{apiBaseUrl}</span>
            </p>
          </section>
        )}
        {state.signedIn ? (
          <Button asChild>
            <Link href="/uebersicht">Weiter zur Übersicht</Link>
          </Button>
        ) : (
          <p className="text-slate-700">
            Sie nutzen die Zwei-Faktor-Anmeldung: Bitte{" "}
            <Link href="/anmelden" className="text-brand-700 underline">
              melden Sie sich an
            </Link>
            .
          </p>
        )}
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <h1 className="text-2xl font-bold">E-Mail-Adresse bestätigen</h1>
      <p className="text-slate-700">Bitte bestätigen Sie, dass diese E-Mail-Adresse zu Ihrer Praxis gehört. Danach sind Sie im Portal angemeldet.</p>
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Einen Moment …" : "E-Mail-Adresse bestätigen"}
      </Button>
    </form>
  );
}
