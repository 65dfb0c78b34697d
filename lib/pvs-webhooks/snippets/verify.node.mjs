// Praxisbote-Webhooks empfangen und prüfen – Node.js 18+ mit dem Paket der Standard-Webhooks-Spezifikation:
//   npm install standardwebhooks
//   PRAXISBOTE_WEBHOOK_SECRET=whsec_… node verify.node.mjs
import { createServer } from "node:http";
import { Webhook } from "standardwebhooks";

const webhook = new Webhook(process.env.PRAXISBOTE_WEBHOOK_SECRET);
const port = Number(process.env.PORT ?? 8080);
// Zum Aussortieren von Wiederholungen; in Ihrer Software besser eine Tabelle mit eindeutiger webhook-id.
const seen = new Set();

createServer(async (request, response) => {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  // Den Text prüfen, wie er ankam – nicht neu erzeugtes JSON: Jedes geänderte Byte bricht die Signatur.
  const body = Buffer.concat(chunks).toString("utf8");
  let event;
  try {
    // Prüft webhook-signature und dass webhook-timestamp höchstens 5 Minuten abweicht.
    event = webhook.verify(body, request.headers);
  } catch {
    response.writeHead(400).end();
    return;
  }
  // Schnell mit 2xx antworten und erst danach arbeiten: Nach 10 Sekunden gilt der Versuch als gescheitert.
  response.writeHead(204).end();
  const id = request.headers["webhook-id"];
  if (seen.has(id)) return;
  seen.add(id);
  handle(event);
}).listen(port, () => console.log(`Empfange Praxisbote-Webhooks auf Port ${port}`));

function handle(event) {
  // event.type z. B. "message.delivered", event.data die SMS wie bei GET /api/v1/sms/{id}
  console.log(event.type, JSON.stringify(event.data));
}
