import { Body } from "@react-email/body";
import { Button } from "@react-email/button";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Preview } from "@react-email/preview";
import { Text } from "@react-email/text";
import { render } from "@react-email/render";
import { formatBerlinDate, formatBerlinTime } from "../time/berlin";

export interface InvitationEmailProps {
  practiceName: string;
  /** The main user who invited, by name or address. */
  invitedBy: string;
  roleLabel: string;
  link: string;
  expiresAt: Date;
}

/** "27.11.2026, 09:15" */
const dateTime = { format: (instant: Date) => `${formatBerlinDate(instant)}, ${formatBerlinTime(instant)}` };

function Invitation({ practiceName, invitedBy, roleLabel, link, expiresAt }: InvitationEmailProps) {
  return (
    <Html lang="de">
      <Head />
      <Preview>{`Ihr Zugang zu Praxisbote für ${practiceName}`}</Preview>
      <Body style={{ fontFamily: "Arial, sans-serif", backgroundColor: "#f8fafc", padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", borderRadius: "8px", maxWidth: "560px" }}>
          <Heading as="h1" style={{ fontSize: "20px", color: "#0a3b38" }}>
            Einladung zu Praxisbote
          </Heading>
          <Text>
            {invitedBy} hat Sie eingeladen, das Praxisbote-Portal von <strong>{practiceName}</strong> mitzubenutzen ({roleLabel}). Dort
            sehen Sie die Terminerinnerungen Ihrer Praxis und ihren Zustellstatus.
          </Text>
          <Text>Legen Sie über diesen Link Ihren Namen und Ihr Passwort fest – danach sind Sie gleich angemeldet:</Text>
          <Button href={link} style={{ backgroundColor: "#0f766e", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: "bold" }}>
            Einladung annehmen
          </Button>
          <Text style={{ fontSize: "14px", color: "#475569" }}>
            Falls der Knopf nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser: {link}
          </Text>
          <Hr />
          <Text style={{ color: "#64748b", fontSize: "12px" }}>
            Der Link gilt einmal und bis {dateTime.format(expiresAt)} Uhr. Wenn Sie mit dieser Einladung nichts anfangen können, ignorieren Sie
            diese E-Mail einfach – ohne Ihr Zutun entsteht kein Zugang.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export async function renderInvitationEmail(props: InvitationEmailProps) {
  const element = <Invitation {...props} />;
  return {
    subject: `Einladung zu Praxisbote – ${props.practiceName}`,
    html: await render(element),
    text: await render(element, { plainText: true }),
  };
}
