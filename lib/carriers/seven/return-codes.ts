// seven.io's return codes for POST /sms, from its documentation and its official clients
// (@seven.io/client ErrorCode, the PHP and Go clients). What each means for one message:
//   retry    – seven.io or the network cannot take it right now; try again with backoff
//   duplicate – seven.io already has an identical SMS (reload lock): look it up, do not resend
//   pause    – our account cannot send (credit, key, access): stop all hand-overs, nobody's
//              number is wrong, and resume once it can send again
//   refused  – this message cannot be sent as it is (number, sender, text): final
// A code that is not listed is retried a few times and then final, with the code in the reason.

export type ReturnCodeKind = "accepted" | "retry" | "duplicate" | "pause" | "refused";

/** `bounded`: retried like a code we do not know, a few times only. */
export const SEVEN_RETURN_CODES: Record<string, { kind: ReturnCodeKind; text: string; bounded?: true }> = {
  "100": { kind: "accepted", text: "SMS angenommen" },
  "11": { kind: "retry", text: "Netzbetreiber vorübergehend nicht verfügbar" },
  "101": { kind: "retry", text: "Versand an mindestens einen Empfänger fehlgeschlagen", bounded: true },
  "201": { kind: "refused", text: "Absender oder Ländervorwahl ungültig" },
  "202": { kind: "refused", text: "Empfängernummer ungültig" },
  "300": { kind: "pause", text: "Zugangsdaten fehlen" },
  "301": { kind: "refused", text: "Empfänger fehlt" },
  "304": { kind: "refused", text: "Nachrichtentyp fehlt" },
  "305": { kind: "refused", text: "Text fehlt" },
  "306": { kind: "refused", text: "Absenderkennung ungültig" },
  "307": { kind: "refused", text: "URL fehlt" },
  "400": { kind: "refused", text: "Nachrichtentyp ungültig" },
  "401": { kind: "refused", text: "Text zu lang" },
  "402": { kind: "duplicate", text: "Reload-Sperre: dieselbe SMS wurde eben schon übergeben" },
  "403": { kind: "refused", text: "Tageslimit für diese Nummer erreicht" },
  "500": { kind: "pause", text: "Guthaben bei seven.io reicht nicht" },
  "600": { kind: "retry", text: "Übergabe an den Netzbetreiber fehlgeschlagen" },
  "700": { kind: "retry", text: "Unbekannter Fehler bei seven.io", bounded: true },
  "801": { kind: "refused", text: "Logo-Datei fehlt" },
  "802": { kind: "refused", text: "Logo-Datei existiert nicht" },
  "803": { kind: "refused", text: "Klingelton fehlt" },
  "900": { kind: "pause", text: "API-Schlüssel ungültig" },
  "901": { kind: "refused", text: "Nachrichten-ID ungültig" },
  "902": { kind: "pause", text: "API-Zugang deaktiviert oder ohne Berechtigung" },
  "903": { kind: "pause", text: "Server-IP bei seven.io nicht freigegeben" },
};

/** seven.io's "not enough credits": the one code the balance chore waits to see gone. */
export const INSUFFICIENT_BALANCE = "500";

/** How many claims a code we do not know is tried (5 s … 5 min apart: about ten minutes). */
export const UNKNOWN_CODE_MAX_ATTEMPTS = 8;
