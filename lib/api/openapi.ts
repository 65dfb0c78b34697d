import { z } from "zod";
import { MAX_CHARACTERS } from "../sms/characters";
import { API_ERRORS, type ApiErrorCode } from "./errors";
import { MAX_BATCH_BODY_BYTES, MAX_BODY_BYTES } from "./read-body";
import { batchRequestSchema, batchResultSchema, errorSchema, keyCheckSchema, MAX_BATCH_SIZE, messageListSchema, messageSchema, messageWithHistorySchema, sendSmsRequestSchema } from "./schemas";

// The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with.
// JSON Schema 2020-12 is OpenAPI 3.1's dialect, so zod's own converter needs no adapter.

const ref = (schema: z.ZodType) => ({ $ref: `#/components/schemas/${z.globalRegistry.get(schema)!.id}` });

function errors(...codes: ApiErrorCode[]) {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of [...codes, "invalid_api_key", "throughput_exceeded"] as ApiErrorCode[]) {
    const status = API_ERRORS[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      {
        description: list.map((code) => `\`${code}\`: ${API_ERRORS[code].message}`).join(" · "),
        content: { "application/json": { schema: ref(errorSchema) } },
        ...(status === 429 ? { headers: { "Retry-After": { description: "Sekunden bis zum nächsten Versuch.", schema: { type: "integer" } } } } : {}),
      },
    ]),
  );
}

const rateHeaders = {
  "X-RateLimit-Limit": { description: "Anfragen je Minute für diesen Key.", schema: { type: "integer" } },
  "X-RateLimit-Remaining": { description: "Davon in dieser Minute noch frei.", schema: { type: "integer" } },
};

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const idempotencyParameter = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description: "Ihr Schlüssel für diese Anfrage (1–255 sichtbare ASCII-Zeichen). Gleicher Schlüssel mit gleichem Inhalt: die ursprüngliche Antwort, nichts Neues. Mit anderem Inhalt: 409.",
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
      description: `SMS-Terminerinnerungen aus der Praxissoftware. Texte bis ${MAX_CHARACTERS} Zeichen; jeder SMS-Teil wird berechnet. Fehler kommen immer als {"error": {"code", "message", "field"}} mit stabilem englischem Code und deutscher Meldung. Anfragen bis ${MAX_BODY_BYTES / 1024} KiB (Sammelversand ${MAX_BATCH_BODY_BYTES / 1024 / 1024} MiB).`,
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { apiKey: [] }],
    paths: {
      "/sms": {
        post: {
          operationId: "sendSms",
          summary: "SMS senden oder planen",
          parameters: [idempotencyParameter],
          requestBody: sendBody,
          responses: {
            "202": { description: "Angenommen. Der Text ist der versendete (nach Zeichenoptimierung der Praxis).", headers: rateHeaders, content: { "application/json": { schema: ref(messageSchema) } } },
            ...errors("missing_parameter", "invalid_recipient", "invalid_sender", "text_too_long", "invalid_send_at", "invalid_location", "invalid_request", "monthly_limit_reached", "idempotency_conflict", "payload_too_large", "unsupported_media_type"),
          },
        },
        get: {
          operationId: "listSms",
          summary: "SMS der Praxis zum Abgleich, nach letzter Änderung sortiert",
          parameters: [
            { name: "status", in: "query", schema: { type: "string", enum: messageSchema.shape.status.options } },
            { name: "since", in: "query", description: "Nur SMS, die sich seitdem geändert haben (ISO 8601 mit Zeitzone).", schema: { type: "string", format: "date-time" } },
            { name: "cursor", in: "query", description: "nextCursor der vorigen Seite.", schema: { type: "string" } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 100 } },
          ],
          responses: { "200": { description: "Eine Seite.", content: { "application/json": { schema: ref(messageListSchema) } } }, ...errors("invalid_request") },
        },
      },
      "/sms/batch": {
        post: {
          operationId: "sendSmsBatch",
          summary: `Bis zu ${MAX_BATCH_SIZE} SMS auf einmal (Recall)`,
          description: "Jede Nachricht wird einzeln geprüft und beantwortet; gültige werden angenommen, auch wenn andere fehlerhaft sind. Mit Idempotency-Key erhält jede Nachricht den Schlüssel „<key>#<index>“.",
          parameters: [idempotencyParameter],
          requestBody: { required: true, content: { "application/json": { schema: ref(batchRequestSchema) } } },
          responses: {
            "200": { description: "Ergebnis je Nachricht, in derselben Reihenfolge.", content: { "application/json": { schema: ref(batchResultSchema) } } },
            ...errors("missing_parameter", "invalid_request", "payload_too_large", "unsupported_media_type"),
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
          summary: "Geplante SMS löschen, solange sie nicht übergeben ist (wird nicht berechnet)",
          parameters: [idParameter],
          responses: { "200": { description: "Gelöscht.", content: { "application/json": { schema: ref(messageSchema) } } }, ...errors("not_found", "not_cancellable") },
        },
      },
      "/key-check": {
        get: {
          operationId: "keyCheck",
          summary: "API-Key prüfen (Knopf „Key-Check“ im PVS)",
          responses: { "200": { description: "Der Key ist gültig.", content: { "application/json": { schema: ref(keyCheckSchema) } } }, ...errors() },
        },
      },
    },
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "Authorization: Bearer <API-Key>" },
        apiKey: { type: "apiKey", in: "header", name: "X-Api-Key" },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
