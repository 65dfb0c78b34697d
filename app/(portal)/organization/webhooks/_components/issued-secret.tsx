import { CopyButton } from "@/components/sms/copy-button";

/** A signing secret just created: shown this once, with a copy button. */
export function IssuedSecret({ secret }: { secret: string }) {
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4">
      <p className="text-sm font-semibold text-amber-950">Signing-Secret – nur jetzt sichtbar</p>
      <p className="text-sm text-amber-900">
        Tragen Sie es in Ihrer Praxissoftware ein: Damit prüft sie, dass ein Ereignis wirklich von Praxisbote kommt. Wir zeigen es nie wieder an;
        geht es verloren, erneuern Sie es.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="break-all rounded-md bg-white px-2 py-1.5 font-mono text-sm text-slate-900" data-testid="issued-webhook-secret">
          {secret}
        </code>
        <CopyButton text={secret} label="Secret kopieren" />
      </div>
    </div>
  );
}
