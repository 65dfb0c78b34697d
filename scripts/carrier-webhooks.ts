// npm run --silent carrier:webhooks [-- --check]
// Registers our webhooks with seven.io (delivery reports and replies, as JSON, to
// APP_URL/api/webhooks/seven) unless they are there already, and prints what is registered.
import { ensureSevenHooks } from "../lib/carriers/seven/register-hooks";
import { env } from "../lib/env";
import { readCommandLine, runCommand } from "./support/run-command";

const USAGE = `Aufruf:
  npm run --silent carrier:webhooks              Webhooks bei seven.io anlegen (falls nötig) und anzeigen
  npm run --silent carrier:webhooks -- --check   nur prüfen; Exit-Code 1, wenn einer fehlt`;

const EVENT_NAMES = { dlr: "Zustellberichte (dlr)", sms_mo: "Antworten (sms_mo)" } as const;

async function main(): Promise<number> {
  const parsed = readCommandLine(USAGE, { options: { check: { type: "boolean", default: false } } });
  if (!env.SEVEN_API_KEY) {
    console.error("SEVEN_API_KEY fehlt: ohne Schlüssel kann seven.io nicht gefragt werden.");
    return 2;
  }
  const targetUrl = new URL("/api/webhooks/seven", env.APP_URL).toString();
  // seven.io does not follow redirects and counts a 3xx as delivered: http behind an https redirect loses every report.
  if (!targetUrl.startsWith("https://")) console.warn(`Achtung: ${targetUrl} ist keine https-Adresse; seven.io folgt keiner Weiterleitung.`);
  if (!env.SEVEN_SIGNING_SECRET) console.warn("Achtung: SEVEN_SIGNING_SECRET fehlt; ohne ihn nimmt Praxisbote keinen Webhook an.");
  const { statuses, hooks } = await ensureSevenHooks({ apiKey: env.SEVEN_API_KEY, baseUrl: env.SEVEN_BASE_URL }, targetUrl, { checkOnly: parsed.values.check });
  for (const status of statuses) {
    const name = EVENT_NAMES[status.eventType];
    if (status.state === "created") console.log(`${name}: angelegt für ${targetUrl}`);
    else if (status.state === "present") console.log(`${name}: vorhanden${status.notJson ? " (formularkodiert statt JSON; wird ebenfalls gelesen)" : ""}`);
    else console.log(`${name}: FEHLT – ohne --check anlegen`);
  }
  console.log(`\nBei seven.io registriert (${hooks.length}):`);
  for (const hook of hooks) console.log(`  #${hook.id} ${hook.event_type} ${hook.request_method ?? "POST"} ${hook.target_url}`);
  return statuses.some((status) => status.state === "missing") ? 1 : 0;
}

runCommand(main);
