"use client";

import { Button } from "@/components/ui/button";

// Inside the portal shell, for an error of ours while rendering a page. The digest is what our
// server log names the error by, so support can find it.
export default function PortalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-2xl font-bold">Das hat leider nicht geklappt</h1>
      <p className="text-slate-700">
        Beim Laden dieser Seite ist bei uns ein Fehler aufgetreten. Ihre Daten sind sicher; bitte versuchen Sie es noch einmal.
        {error.digest && <> Wenn es wieder passiert, nennen Sie uns bitte die Fehler-ID <code className="rounded bg-slate-100 px-1">{error.digest}</code>.</>}
      </p>
      <Button type="button" onClick={reset}>
        Erneut versuchen
      </Button>
    </div>
  );
}
