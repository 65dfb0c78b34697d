import { Button } from "@react-email/button";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { render } from "@react-email/render";
import { AccountEmail, buttonStyle } from "./email-layout";

export interface WelcomeEmailProps {
  practiceName: string;
  /** `${APP_URL}/bestaetigen?token=…` */
  confirmUrl: string;
  /** `${APP_URL}/api/v1` */
  apiBaseUrl: string;
  /** "31.12.2026" */
  lastFreeDay: string;
  /** The sender name registered for the practice at sign-up, if one could be derived. */
  senderName: string | null;
  /** Welcome (after sign-up) or a new link asked for in the portal. */
  kind: "welcome" | "new-link";
}

function WelcomeEmail({ practiceName, confirmUrl, apiBaseUrl, lastFreeDay, senderName, kind }: WelcomeEmailProps) {
  const welcome = kind === "welcome";
  return (
    <AccountEmail
      preview={welcome ? "Bitte bestätigen Sie Ihre E-Mail-Adresse" : "Ihr neuer Bestätigungslink"}
      title={welcome ? `Willkommen bei Praxisbote, ${practiceName}` : "Bitte bestätigen Sie Ihre E-Mail-Adresse"}
    >
      <Text>
        {welcome ? "Ihr Zugang ist angelegt. " : ""}Bitte bestätigen Sie mit diesem Link, dass die E-Mail-Adresse zu Ihrer Praxis gehört. Der
        Link gilt 48 Stunden und nur einmal; er meldet Sie zugleich im Portal an.
      </Text>
      <Section style={{ margin: "16px 0" }}>
        <Button href={confirmUrl} style={buttonStyle}>
          E-Mail-Adresse bestätigen
        </Button>
      </Section>
      <Text style={{ fontSize: "14px", color: "#475569" }}>Funktioniert die Schaltfläche nicht, kopieren Sie diese Adresse in Ihren Browser: {confirmUrl}</Text>
      <Text>
        Bis zur Bestätigung können Sie sich schon anmelden und den Versand mit unserem Simulator ausprobieren. Echte SMS an Ihre
        Patientinnen und Patienten verschicken wir erst danach.
      </Text>
      <Text>
        <strong>Nach der Bestätigung zeigen wir Ihnen Ihren API-Key – ein einziges Mal.</strong> Kopieren Sie ihn am besten sofort
        in Ihre Praxissoftware; wir speichern nur einen Fingerabdruck davon und können ihn später nicht mehr anzeigen.
      </Text>
      <Text style={{ fontWeight: "bold", marginBottom: 0 }}>So richten Sie Ihre Praxissoftware (PVS) ein:</Text>
      <Text style={{ marginTop: "4px" }}>
        1. Wählen Sie in den SMS-Einstellungen Ihrer PVS Praxisbote als Dienst.
        <br />
        2. Tragen Sie als Basis-URL ein: {apiBaseUrl}
        <br />
        3. Tragen Sie Ihren API-Key ein und drücken Sie „Key-Check“: Die PVS zeigt dann den Namen Ihrer Praxis.
        <br />
        4. Tragen Sie als Absender {senderName ? `„${senderName}“ ein – diesen Namen haben wir für Ihre Praxis registriert` : "den Namen ein, den wir für Ihre Praxis registriert haben"}.
        <br />
        5. Schicken Sie eine Test-SMS an Ihre eigene Mobilnummer.
      </Text>
      {welcome && <Text>Der erste Monat ist kostenlos: Bis einschließlich {lastFreeDay} berechnen wir weder die Grundgebühr noch SMS.</Text>}
    </AccountEmail>
  );
}

export async function renderWelcomeEmail(props: WelcomeEmailProps) {
  const element = <WelcomeEmail {...props} />;
  return { html: await render(element), text: await render(element, { plainText: true }) };
}
