// The PVS API's error envelope: a stable English code, the HTTP status it maps to, and a
// German message for the practice's staff. One table, used by every route and the OpenAPI file.
export const API_ERRORS = {
  missing_parameter: { status: 400, message: "Ein Pflichtfeld fehlt." },
  invalid_recipient: { status: 400, message: "Die Empfängernummer ist ungültig." },
  invalid_sender: { status: 400, message: "Der Absender ist ungültig." },
  text_too_long: { status: 400, message: "Der Text ist zu lang (höchstens 600 Zeichen)." },
  invalid_send_at: { status: 400, message: "Der Versandzeitpunkt ist ungültig." },
  invalid_location: { status: 400, message: "Diesen Standort gibt es in Ihrer Praxis nicht." },
  invalid_request: { status: 400, message: "Die Anfrage ist ungültig." },
  invalid_api_key: { status: 401, message: "Der API-Key ist ungültig oder wurde widerrufen." },
  monthly_limit_reached: { status: 402, message: "Das monatliche SMS-Limit Ihrer Praxis ist erreicht." },
  not_found: { status: 404, message: "Diese SMS gibt es nicht." },
  not_cancellable: { status: 409, message: "Die SMS wurde schon an den Netzbetreiber übergeben und kann nicht mehr gelöscht werden." },
  idempotency_conflict: { status: 409, message: "Dieser Idempotency-Key wurde schon für eine andere Anfrage verwendet." },
  payload_too_large: { status: 413, message: "Die Anfrage ist zu groß." },
  unsupported_media_type: { status: 415, message: "Bitte senden Sie JSON (application/json) oder ein Formular (application/x-www-form-urlencoded)." },
  throughput_exceeded: { status: 429, message: "Zu viele Anfragen in kurzer Zeit. Bitte versuchen Sie es gleich noch einmal." },
  internal_error: { status: 500, message: "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es erneut." },
} as const satisfies Record<string, { status: number; message: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; field?: string };
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string = API_ERRORS[code].message,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): number {
    return API_ERRORS[this.code].status;
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) } };
  }

  toResponse(): Response {
    return Response.json(this.toBody(), { status: this.status, headers: this.headers });
  }
}
