import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { render } from "@react-email/render";
import { formatBerlinDate, formatBerlinTime } from "../time/berlin";
import { AccountEmail, buttonStyle } from "./email-layout";

export interface WebhookDisabledProps {
  url: string;
  failingSince: Date;
  /** The portal page of the practice's webhooks. */
  link: string;
}

const FOOTER = "Diese E-Mail erhalten die Hauptzugänge Ihrer Praxis, weil eine Einstellung Ihres Praxisbote-Kontos betroffen ist.";

function WebhookDisabled({ url, failingSince, link }: WebhookDisabledProps) {
  const title = "Webhook-Empfänger abgeschaltet";
  return (
    <AccountEmail preview={title} title={title} footer={FOOTER}>
      <Text>Guten Tag,</Text>
      <Text>
        seit dem {formatBerlinDate(failingSince)} um {formatBerlinTime(failingSince)} Uhr hat Ihr Webhook-Empfänger <strong>{url}</strong> keines
        unserer Ereignisse mehr angenommen. Nach drei Tagen vergeblicher Versuche haben wir ihn abgeschaltet: Ihr Praxisverwaltungssystem
        erfährt Statusänderungen Ihrer SMS bis auf Weiteres nicht mehr von selbst.
      </Text>
      <Text>
        Bitte prüfen Sie, ob die Adresse stimmt und der Server erreichbar ist, und schalten Sie den Empfänger im Portal wieder ein. Dort sehen
        Sie die letzten Versuche mit der jeweiligen Antwort und können einzelne Ereignisse erneut senden.
      </Text>
      <Button href={link} style={buttonStyle}>
        Webhooks im Portal öffnen
      </Button>
    </AccountEmail>
  );
}

export async function renderWebhookDisabledEmail(props: WebhookDisabledProps) {
  const element = <WebhookDisabled {...props} />;
  return { subject: "Praxisbote: Ihr Webhook-Empfänger wurde abgeschaltet", html: await render(element), text: await render(element, { plainText: true }) };
}
