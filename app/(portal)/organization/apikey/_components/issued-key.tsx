"use client";

import { CopyButton } from "@/components/sms/copy-button";
import { curlExample, curlKeyCheck, SIMULATOR_RECIPIENT } from "@/lib/api-keys/pvs-setup";
import { CopyValue } from "./copy-value";
import { KeyCheckForm } from "./key-check-form";

export interface PvsValues {
  baseUrl: string;
  sender: string;
  /** A recipient for the example; the simulator's …00 number when no real SMS goes out. */
  recipient?: string;
}

/** A key just created or rotated: shown this once, with copy, check and a ready curl call. */
export function IssuedKey({ issued, pvs }: { issued: { key: string; prefix: string; name: string; sandbox?: boolean }; pvs: PvsValues }) {
  return (
    <div className="space-y-4 rounded-md border border-amber-300 bg-amber-50 p-4">
      <div className="space-y-1">
        <p className="text-sm font-semibold text-amber-950">Ihr neuer API-Key „{issued.name}“ – nur jetzt sichtbar</p>
        <p className="text-sm text-amber-900">
          Wir speichern nur eine Prüfsumme, nicht den Key. Wenn Sie diese Seite verlassen, kann ihn niemand mehr anzeigen; verloren ist er
          nur durch einen neuen zu ersetzen.
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <code className="break-all rounded-md bg-white px-2 py-1.5 font-mono text-sm text-slate-900" data-testid="issued-api-key">
          {issued.key}
        </code>
        <CopyButton text={issued.key} label="Key kopieren" />
      </div>
      <KeyCheckForm knownKey={issued.key} id={`check-${issued.prefix}`} />
      <CopyValue label="Test-SMS mit curl" value={curlExample({ baseUrl: pvs.baseUrl, sender: pvs.sender, key: issued.key, to: issued.sandbox ? SIMULATOR_RECIPIENT : pvs.recipient })} multiline />
      <CopyValue label="Key-Check mit curl" value={curlKeyCheck({ baseUrl: pvs.baseUrl, key: issued.key })} multiline />
    </div>
  );
}
