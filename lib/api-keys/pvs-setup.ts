// What a practice types into its PVS, and a curl call to try it: pure, so the page and its test agree.

export const KEY_PLACEHOLDER = "IHR_API_KEY";
export const SENDER_PLACEHOLDER = "IhrAbsender";

/** The API's base address for the PVS, from the public APP_URL. */
export function apiBaseUrl(appUrl: string): string {
  return `${appUrl.replace(/\/+$/, "")}/api/v1`;
}

/**
 * The sender a curl example should use: the practice's default sender, else one it owns
 * (a sender it does not own would be a 400 sender_not_allowed), else a placeholder.
 */
export function exampleSender(defaultSender: string | null, owned: { value: string; verifiedAt: Date | null; kind: string }[]): string {
  if (defaultSender) return defaultSender;
  const usable = owned.find((sender) => sender.kind === "reply_number" || sender.verifiedAt !== null);
  return usable?.value ?? SENDER_PLACEHOLDER;
}

/** A string in single quotes for a POSIX shell. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export const RECIPIENT_PLACEHOLDER = "+49IHRE_HANDYNUMMER";
/** With the simulator, …00 is "delivered after about a second" and reaches nobody. */
export const SIMULATOR_RECIPIENT = "+4917612345600";

/** A test SMS, with the key just created or a placeholder (a real carrier sends it: the number is the user's own). */
export function curlExample({ baseUrl, sender, key, to = RECIPIENT_PLACEHOLDER }: { baseUrl: string; sender: string; key?: string; to?: string }): string {
  const body = JSON.stringify({ to, from: sender, text: "Ihr Termin morgen um 10 Uhr.", reference: "termin-4711" });
  return [
    `curl -s ${shellQuote(`${baseUrl}/sms`)} \\`,
    `  -H ${shellQuote(`Authorization: Bearer ${key ?? KEY_PLACEHOLDER}`)} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d ${shellQuote(body)}`,
  ].join("\n");
}

/** The key check a PVS's own "Key-Check" button calls. */
export function curlKeyCheck({ baseUrl, key }: { baseUrl: string; key?: string }): string {
  return `curl -s ${shellQuote(`${baseUrl}/key-check`)} -H ${shellQuote(`Authorization: Bearer ${key ?? KEY_PLACEHOLDER}`)}`;
}
