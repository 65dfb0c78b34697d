import { Button } from "@react-email/button";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { render } from "@react-email/render";
import { AccountEmail, buttonStyle } from "./email-layout";

export interface AccountExistsEmailProps {
  /** `${APP_URL}/anmelden` */
  loginUrl: string;
  /** `${APP_URL}/passwort-vergessen` */
  resetUrl: string;
}

// Sent instead of a second account when someone signs up with an address we know: the sign-up
// page says the same either way, so only the owner of the address learns that it is registered.
function AccountExistsEmail({ loginUrl, resetUrl }: AccountExistsEmailProps) {
  return (
    <AccountEmail preview="Sie haben bereits einen Zugang bei Praxisbote" title="Sie haben bereits einen Zugang">
      <Text>
        Gerade hat sich jemand mit dieser E-Mail-Adresse bei Praxisbote registrieren wollen. Sie haben bereits einen Zugang –
        deshalb haben wir keinen zweiten angelegt.
      </Text>
      <Section style={{ margin: "16px 0" }}>
        <Button href={loginUrl} style={buttonStyle}>
          Zur Anmeldung
        </Button>
      </Section>
      <Text>
        Passwort vergessen? Über {resetUrl} schicken wir Ihnen einen Link, mit dem Sie ein neues festlegen.
      </Text>
    </AccountEmail>
  );
}

export async function renderAccountExistsEmail(props: AccountExistsEmailProps) {
  const element = <AccountExistsEmail {...props} />;
  return { html: await render(element), text: await render(element, { plainText: true }) };
}
