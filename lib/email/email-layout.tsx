import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Preview } from "@react-email/preview";
import { Text } from "@react-email/text";
import type { ReactNode } from "react";

const UNASKED_FOOTER =
  "Diese E-Mail hat Praxisbote automatisch verschickt, weil jemand diese Adresse auf praxisbote.de angegeben hat. Waren Sie das nicht, können Sie sie einfach löschen.";

/**
 * The frame of our account e-mails. The default footer suits mails someone may have triggered
 * with a stranger's address (sign-up, reset); a notice about an account gives its own.
 */
export function AccountEmail({ preview, title, footer = UNASKED_FOOTER, children }: { preview: string; title: string; footer?: string; children: ReactNode }) {
  return (
    <Html lang="de">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ fontFamily: "Arial, sans-serif", backgroundColor: "#f8fafc", padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", borderRadius: "8px", maxWidth: "560px" }}>
          <Heading as="h1" style={{ fontSize: "20px", color: "#0a3b38" }}>
            {title}
          </Heading>
          {children}
          <Hr />
          <Text style={{ color: "#64748b", fontSize: "12px" }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: "#0f766e",
  color: "#ffffff",
  padding: "10px 16px",
  borderRadius: "6px",
  textDecoration: "none",
  fontWeight: "bold",
} as const;
