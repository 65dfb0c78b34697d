import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { render } from "@react-email/render";
import { formatBerlinDate, formatBerlinTime } from "../time/berlin";

export interface ReplyForwardedProps {
  practiceName: string;
  fromNumber: string;
  text: string;
  receivedAt: Date;
  original: { text: string | null; sentAt: Date } | null;
}

/** "27.11.2026 um 09:15 Uhr" */
const dateTime = { format: (instant: Date) => `${formatBerlinDate(instant)} um ${formatBerlinTime(instant)}` };

function ReplyForwarded({ practiceName, fromNumber, text, receivedAt, original }: ReplyForwardedProps) {
  return (
    <Html lang="de">
      <Head />
      <Preview>{`SMS-Antwort von ${fromNumber}`}</Preview>
      <Body style={{ fontFamily: "Arial, sans-serif", backgroundColor: "#f8fafc", padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", borderRadius: "8px", maxWidth: "560px" }}>
          {/* Neutral on purpose: we know a number, not who holds the phone. */}
          <Heading as="h1" style={{ fontSize: "20px", color: "#0a3b38" }}>
            {original ? `Antwort auf Ihre SMS an ${fromNumber}` : `SMS von ${fromNumber}`}
          </Heading>
          <Text>
            Für {practiceName} ist am {dateTime.format(receivedAt)} Uhr eine SMS von <strong>{fromNumber}</strong> eingegangen:
          </Text>
          <Section style={{ backgroundColor: "#eefaf8", padding: "12px 16px", borderRadius: "6px" }}>
            <Text style={{ whiteSpace: "pre-wrap", margin: 0 }}>{text}</Text>
          </Section>
          {original && (
            <>
              <Hr />
              <Text style={{ color: "#475569", fontSize: "14px" }}>
                Ihre SMS an diese Nummer vom {dateTime.format(original.sentAt)} Uhr
                {original.text ? ` lautete: „${original.text}“` : "."}
              </Text>
            </>
          )}
          <Hr />
          <Text style={{ color: "#64748b", fontSize: "12px" }}>
            Diese E-Mail hat Praxisbote automatisch weitergeleitet. Eine Antwort auf diese E-Mail kommt nicht als SMS an – bitte
            rufen Sie bei Bedarf die Nummer {fromNumber} an.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export async function renderReplyForwardedEmail(props: ReplyForwardedProps) {
  const element = <ReplyForwarded {...props} />;
  return { html: await render(element), text: await render(element, { plainText: true }) };
}
