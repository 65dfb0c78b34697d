import { z } from "zod";
import { IDEMPOTENCY_KEY_HOURS } from "../messages/idempotency-keys";
import { FINAL_STATUSES } from "../messages/status";
import { MAX_CHARACTERS } from "../sms/characters";
import { API_ERRORS, type ApiErrorCode } from "./errors";
import { MAX_BATCH_BODY_BYTES, MAX_BODY_BYTES } from "./read-body";
import { replyListQuerySchema, replyListSchema } from "./reply-schemas";
import { buildWebhooks } from "./webhook-openapi";
import { batchRequestSchema, batchResultSchema, errorSchema, keyCheckSchema, listQuerySchema, MAX_BATCH_SIZE, messageListSchema, messageSchema, messageWithHistorySchema, sendSmsRequestSchema } from "./schemas";

// The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with.
// JSON Schema 2020-12 is OpenAPI 3.1's dialect, so zod's own converter needs no adapter.

const ref = (schema: z.ZodType) => ({ $ref: `#/components/schemas/${z.globalRegistry.get(schema)!.id}` });

function errors(...codes: ApiErrorCode[]) {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of [...codes, "invalid_api_key", "throughput_exceeded", "internal_error", "service_unavailable"] as ApiErrorCode[]) {
    const status = API_ERRORS[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      {
        description: list.map((code) => `\`${code}\`: ${API_ERRORS[code].message}`).join(" · "),
        content: { "application/json": { schema: ref(errorSchema) } },
        headers: {
          ...requestIdHeader,
          ...(status === 429 ? rateHeaders : {}),
          ...(status === 429 || status === 503 ? { "Retry-After": { description: "Sekunden bis zum nächsten Versuch.", schema: { type: "integer" } } } : {}),
        },
      },
    ]),
  );
}

const rateHeaders = {
  "X-RateLimit-Limit": { description: "Anfragen je Minute für diesen Key.", schema: { type: "integer" } },
  "X-RateLimit-Remaining": { description: "Davon in dieser Minute noch frei.", schema: { type: "integer" } },
  "X-RateLimit-Reset": { description: "Sekunden, bis die Minute neu beginnt.", schema: { type: "integer" } },
};

const REQUEST_ID = "Kennung der Anfrage für den Support: Ihre eigene aus dem Header X-Request-Id, wenn sie 1–128 sichtbare ASCII-Zeichen ohne Leerzeichen hat, sonst eine neue UUID. Steht auch in jeder Fehlermeldung („Fehler-ID …“).";
const KEY_KINDS =
  "Live-Schlüssel (pb_live_…) versenden echte SMS. Test-Schlüssel (pb_test_…, Sandbox) sprechen dieselbe API mit denselben Antworten, Limits und Webhooks, aber jede SMS geht an den Simulator (Ergebnis nach den letzten beiden Ziffern der Empfängernummer, siehe /api-dokumentation#sandbox), trägt sandbox: true und price 0.00 und wird weder berechnet noch in Statistik oder Monatslimit gezählt.";

const requestIdHeader = { "X-Request-Id": { description: REQUEST_ID, schema: { type: "string" } } };
const requestIdParameter = { name: "X-Request-Id", in: "header", required: false, description: REQUEST_ID, schema: { type: "string", minLength: 1, maxLength: 128 } };

/** The query parameters of an operation, from the zod schema the route parses them with. */
function queryParameters(schema: z.ZodObject) {
  const { properties = {}, required = [] } = z.toJSONSchema(schema, { io: "input" }) as { properties?: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(properties).map(([name, { description, ...property }]) => ({ name, in: "query", required: required.includes(name), description, schema: property }));
}

/** What every operation has: the X-Request-Id parameter, and on success the rate and request-id headers. */
function withCommonHeaders<Paths extends object>(paths: Paths): Paths {
  type Operation = { parameters?: object[]; responses: Record<string, { headers?: object }> };
  for (const operation of Object.values(paths as Record<string, Record<string, Operation>>).flatMap((operations) => Object.values(operations))) {
    operation.parameters = [...(operation.parameters ?? []), requestIdParameter];
    for (const [status, response] of Object.entries(operation.responses)) {
      if (status.startsWith("2")) response.headers = { ...rateHeaders, ...requestIdHeader };
    }
  }
  return paths;
}

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const idempotencyParameter = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description: `Ihr Schlüssel für diese Anfrage (1–255 sichtbare ASCII-Zeichen), etwa die Kennung des Termins. Wir bewahren ihn ${IDEMPOTENCY_KEY_HOURS} Stunden ab Annahme der SMS auf. In dieser Zeit legt eine Wiederholung mit gleichem Inhalt nichts Neues an: Die Antwort zeigt die schon angenommene SMS so, wie sie jetzt ist (etwa „cancelled“, wenn sie inzwischen gelöscht wurde), mit dem Header Idempotent-Replayed: true. Mit anderem Inhalt: 409 idempotency_conflict. Nach ${IDEMPOTENCY_KEY_HOURS} Stunden ist der Schlüssel wieder frei, und dieselbe Anfrage legt eine neue SMS an.`,
  schema: { type: "string", maxLength: 255 },
};

export function buildOpenApiDocument(serverUrl: string) {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { uri: (id) => `#/components/schemas/${id}`, io: "output" });
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  // Unknown fields in a request are ignored, not refused: PVS send what their templates have.
  delete schemas.SendSmsRequest.additionalProperties;
  delete schemas.BatchSmsRequest.additionalProperties;
  const sendBody = {
    required: true,
    content: {
      "application/json": { schema: ref(sendSmsRequestSchema) },
      "application/x-www-form-urlencoded": { schema: ref(sendSmsRequestSchema) },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Praxisbote PVS-API",
      version: "1.0.0",
      description: `SMS-Terminerinnerungen aus der Praxissoftware. Texte bis ${MAX_CHARACTERS} Zeichen; jeder SMS-Teil wird berechnet. Fehler kommen immer als {"error": {"code", "message", "field"}} mit stabilem englischem Code und deutscher Meldung. Anfragen bis ${MAX_BODY_BYTES / 1024} KiB (Sammelversand ${MAX_BATCH_BODY_BYTES / 1024 / 1024} MiB), in UTF-8 oder im Zeichensatz, den der Content-Type nennt (charset=ISO-8859-1 oder windows-1252; beide lesen 0x80–0x9F wie windows-1252, etwa 0x80 als €). Endgültige Status: ${[...FINAL_STATUSES].join(", ")}. Jede Antwort trägt X-Request-Id; eine Methode, die eine Adresse nicht kennt, wird mit 405 \`method_not_allowed\` und dem Header Allow beantwortet.`,
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { apiKey: [] }],
    paths: withCommonHeaders({
      "/sms": {
        post: {
          operationId: "sendSms",
          summary: "SMS senden oder planen",
          parameters: [idempotencyParameter],
          requestBody: sendBody,
          responses: {
            "202": { description: "Angenommen. Der Text ist der versendete (nach Zeichenoptimierung der Praxis).", content: { "application/json": { schema: ref(messageSchema) } } },
            ...errors("missing_parameter", "invalid_recipient", "invalid_sender", "sender_not_allowed", "text_too_long", "invalid_send_at", "invalid_expires_at", "invalid_location", "invalid_request", "invalid_encoding", "monthly_limit_reached", "account_not_confirmed", "idempotency_conflict", "payload_too_large", "unsupported_media_type", "recipient_opted_out"),
          },
        },
        get: {
          operationId: "listSms",
          summary: "SMS der Praxis zum Abgleich, nach letzter Änderung sortiert",
          description: "Andere Parameter als die hier genannten werden mit 400 invalid_request abgelehnt, ebenso ein doppelt angegebener.",
          parameters: queryParameters(listQuerySchema),
          responses: { "200": { description: "Eine Seite.", content: { "application/json": { schema: ref(messageListSchema) } } }, ...errors("invalid_request") },
        },
      },
      "/sms/batch": {
        post: {
          operationId: "sendSmsBatch",
          summary: `Bis zu ${MAX_BATCH_SIZE} SMS auf einmal (Recall)`,
          description:
            "Jede Nachricht wird einzeln geprüft und beantwortet; gültige werden angenommen, auch wenn andere fehlerhaft sind (etwa 422 `recipient_opted_out` nur für die Nachricht an eine abgemeldete Nummer). Mit Idempotency-Key erhält jede Nachricht den Schlüssel „<key>#<index>“.",
          parameters: [idempotencyParameter],
          requestBody: { required: true, content: { "application/json": { schema: ref(batchRequestSchema) } } },
          responses: {
            "200": { description: "Ergebnis je Nachricht, in derselben Reihenfolge.", content: { "application/json": { schema: ref(batchResultSchema) } } },
            ...errors("missing_parameter", "invalid_request", "invalid_encoding", "payload_too_large", "unsupported_media_type"),
          },
        },
      },
      "/sms/{id}": {
        get: {
          operationId: "getSms",
          summary: "Eine SMS mit Statusverlauf",
          parameters: [idParameter],
          responses: { "200": { description: "Die SMS.", content: { "application/json": { schema: ref(messageWithHistorySchema) } } }, ...errors("not_found") },
        },
        delete: {
          operationId: "cancelSms",
          summary: "SMS löschen, solange der Netzbetreiber sie nicht angenommen hat (wird nicht berechnet)",
          description:
            "Möglich, solange die SMS wartet (pending) oder zwischen zwei Versuchen bei einem vorübergehend nicht erreichbaren Netzbetreiber (queued). Während der Übergabe an den Netzbetreiber und danach antwortet die API mit 409 not_cancellable; die Meldung sagt, ob die SMS gerade übergeben wird, schon übergeben oder schon gelöscht ist.",
          parameters: [idParameter],
          responses: { "200": { description: "Gelöscht.", content: { "application/json": { schema: ref(messageSchema) } } }, ...errors("not_found", "not_cancellable") },
        },
      },
      "/replies": {
        get: {
          operationId: "listReplies",
          summary: "Antworten der Patientinnen und Patienten, älteste zuerst",
          description:
            "Jede Antwort nennt die SMS, auf die sie sich bezieht, mit Ihrer Referenz, damit das PVS sie dem Termin zuordnen kann. Antworten werden wie SMS nach 60 Tagen gelöscht. Zum Abgleich: mit since beginnen und dann nextCursor folgen, bis es null ist. Andere Parameter werden mit 400 invalid_request abgelehnt.",
          parameters: queryParameters(replyListQuerySchema),
          responses: { "200": { description: "Eine Seite.", content: { "application/json": { schema: ref(replyListSchema) } } }, ...errors("invalid_request") },
        },
      },
      "/key-check": {
        get: {
          operationId: "keyCheck",
          summary: "API-Key prüfen (Knopf „Key-Check“ im PVS)",
          responses: { "200": { description: "Der Key ist gültig.", content: { "application/json": { schema: ref(keyCheckSchema) } } }, ...errors() },
        },
      },
    }),
    // What we send to the PVS (OpenAPI 3.1): one POST per event type, signed per Standard Webhooks.
    webhooks: buildWebhooks(ref),
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: `Authorization: Bearer <API-Key>. ${KEY_KINDS}` },
        apiKey: { type: "apiKey", in: "header", name: "X-Api-Key", description: KEY_KINDS },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
