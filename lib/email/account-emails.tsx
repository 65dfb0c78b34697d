import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { render } from "@react-email/render";
import type { ReactNode } from "react";
import { AccountEmail } from "./email-layout";

// The e-mails about a user's own access: reset link, confirmation of a new address, notice to
// the old one. Each as HTML and plain text; the link is also written out, since some practice
// mail programs show text only or block buttons.

const NOTICE_FOOTER = "Diese E-Mail hat Praxisbote automatisch versendet. Antworten auf diese E-Mail lesen wir nicht.";

function LinkBlock({ url, label }: { url: string; label: string }) {
  return (
    <>
      <Button href={url} style={{ backgroundColor: "#0f766e", color: "#ffffff", padding: "10px 16px", borderRadius: "6px" }}>
        {label}
      </Button>
      <Text style={{ color: "#475569", fontSize: "14px" }}>
        Falls die Schaltfläche nicht funktioniert, öffnen Sie diesen Link: <br />
        {url}
      </Text>
    </>
  );
}

async function rendered(element: ReactNode) {
  return { html: await render(element), text: await render(element, { plainText: true }) };
}

export function renderPasswordResetEmail({ url }: { url: string }) {
  return rendered(
    <AccountEmail preview="Neues Passwort für Praxisbote festlegen" title="Neues Passwort festlegen">
      <Text>Für Ihren Praxisbote-Zugang wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest:</Text>
      <LinkBlock url={url} label="Neues Passwort festlegen" />
      <Text>
        Der Link gilt eine Stunde und nur einmal. Mit dem neuen Passwort werden alle bestehenden Anmeldungen beendet.
      </Text>
      <Text>Sie haben nichts angefordert? Dann ignorieren Sie diese E-Mail – Ihr bisheriges Passwort bleibt gültig.</Text>
    </AccountEmail>,
  );
}

export function renderEmailChangeConfirmationEmail({ url, oldEmail }: { url: string; oldEmail: string }) {
  return rendered(
    <AccountEmail preview="Neue E-Mail-Adresse für Praxisbote bestätigen" title="Neue E-Mail-Adresse bestätigen">
      <Text>
        Der Praxisbote-Zugang {oldEmail} soll künftig diese Adresse zur Anmeldung verwenden. Bitte bestätigen Sie, dass sie
        Ihnen gehört:
      </Text>
      <LinkBlock url={url} label="Adresse bestätigen" />
      <Text>Der Link gilt 48 Stunden und nur einmal. Bis zur Bestätigung bleibt die bisherige Adresse gültig.</Text>
      <Text>Sie haben das nicht veranlasst? Dann ignorieren Sie diese E-Mail; es ändert sich nichts.</Text>
    </AccountEmail>,
  );
}

export function renderEmailChangedNoticeEmail({ newEmail, supportEmail }: { newEmail: string; supportEmail: string | null }) {
  return rendered(
    <AccountEmail preview="Ihre Anmeldeadresse bei Praxisbote wurde geändert" title="Anmeldeadresse geändert" footer={NOTICE_FOOTER}>
      <Text>
        Ihr Praxisbote-Zugang meldet sich ab sofort mit der Adresse <strong>{newEmail}</strong> an. An diese Adresse senden
        wir auch Links zum Zurücksetzen des Passworts.
      </Text>
      <Text>
        Das waren nicht Sie? Dann melden Sie sich bitte umgehend bei uns{supportEmail ? ` unter ${supportEmail}` : ""} – wir
        sperren den Zugang, bis geklärt ist, wer ihn verwendet.
      </Text>
    </AccountEmail>,
  );
}
