"use client";

import { CopyButton } from "@/components/sms/copy-button";
import { Button } from "@/components/ui/button";

/** The codes, shown once: to copy, save or print now. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  const text = codes.join("\n");
  function download() {
    const blob = new Blob([`Praxisbote – Wiederherstellungscodes (jeder gilt einmal)\n\n${text}\n`], { type: "text/plain;charset=utf-8" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "praxisbote-wiederherstellungscodes.txt";
    link.click();
    URL.revokeObjectURL(link.href);
  }
  return (
    <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
      <p className="text-sm text-slate-800">
        <strong>Bewahren Sie diese Codes jetzt sicher auf</strong> – wir zeigen sie nur dieses eine Mal. Ohne Telefon melden Sie sich
        mit einem davon statt des App-Codes an; jeder Code gilt einmal.
      </p>
      <ul className="grid grid-cols-2 gap-2 font-mono text-base" aria-label="Wiederherstellungscodes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <CopyButton text={text} label="Codes kopieren" />
        <Button type="button" variant="outline" size="sm" onClick={download}>
          Als Textdatei speichern
        </Button>
      </div>
    </div>
  );
}
