import { MESSAGE_ERROR_MESSAGES as DOMAIN, DomainError, type MessageErrorCode } from "../errors/domain-error";

// The PVS API's error envelope: a stable English code, the HTTP status it maps to, and a
// German message for the practice's staff. One table, used by every route, the OpenAPI file
// and the documentation page; the domain's codes take their messages from the domain.
export const API_ERRORS = {
  missing_parameter: { status: 400, message: DOMAIN.missing_parameter },
  invalid_recipient: { status: 400, message: DOMAIN.invalid_recipient },
  invalid_sender: { status: 400, message: DOMAIN.invalid_sender },
  sender_not_allowed: { status: 400, message: DOMAIN.sender_not_allowed },
  text_too_long: { status: 400, message: DOMAIN.text_too_long },
  invalid_send_at: { status: 400, message: DOMAIN.invalid_send_at },
  invalid_expires_at: { status: 400, message: DOMAIN.invalid_expires_at },
  invalid_location: { status: 400, message: DOMAIN.invalid_location },
  invalid_request: { status: 400, message: DOMAIN.invalid_request },
  invalid_encoding: { status: 400, message: "Die Anfrage passt nicht zu ihrem Zeichensatz. Bitte UTF-8 senden oder den Zeichensatz angeben, z. B. charset=ISO-8859-1." },
  invalid_api_key: { status: 401, message: "Der API-Key ist ungültig oder wurde widerrufen." },
  monthly_limit_reached: { status: 402, message: DOMAIN.monthly_limit_reached },
  account_not_confirmed: { status: 403, message: DOMAIN.account_not_confirmed },
  not_found: { status: 404, message: "Diese SMS gibt es nicht." },
  method_not_allowed: { status: 405, message: "Diese Methode gibt es für diese Adresse nicht." },
  not_cancellable: { status: 409, message: DOMAIN.not_cancellable },
  idempotency_conflict: { status: 409, message: DOMAIN.idempotency_conflict },
  payload_too_large: { status: 413, message: "Die Anfrage ist zu groß." },
  unsupported_media_type: { status: 415, message: "Bitte senden Sie JSON (application/json) oder ein Formular (application/x-www-form-urlencoded)." },
  recipient_opted_out: { status: 422, message: DOMAIN.recipient_opted_out },
  throughput_exceeded: { status: 429, message: "Zu viele Anfragen in kurzer Zeit. Bitte versuchen Sie es gleich noch einmal." },
  internal_error: { status: 500, message: "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es erneut." },
  service_unavailable: { status: 503, message: "Der Dienst ist gerade nicht erreichbar. Bitte senden Sie die Anfrage in einigen Sekunden noch einmal." },
} as const satisfies Record<string, { status: number; message: string }> & Record<MessageErrorCode, unknown>;

// Where the API's name of a field differs from the domain's.
const API_FIELD_NAMES: Record<string, string> = { idempotencyKey: "Idempotency-Key" };

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

  /** A refusal of the domain, as the API answers it. Codes of the portal never reach the API. */
  static fromDomain(error: DomainError): ApiError {
    if (!(error.code in API_ERRORS)) return new ApiError("internal_error");
    return new ApiError(error.code as MessageErrorCode, error.message, error.field && (API_FIELD_NAMES[error.field] ?? error.field));
  }

  get status(): number {
    return API_ERRORS[this.code].status;
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) } };
  }

  /** The answer; with a request id, the message names it ("Fehler-ID …") and so does the X-Request-Id header. */
  toResponse(requestId?: string): Response {
    const body = this.toBody();
    if (!requestId) return Response.json(body, { status: this.status, headers: this.headers });
    body.error.message = `${body.error.message} Fehler-ID: ${requestId}`;
    return Response.json(body, { status: this.status, headers: { ...this.headers, "X-Request-Id": requestId } });
  }
}

/** An error the API answers on purpose (its own or the domain's); null for a bug of ours. */
export function asApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error instanceof DomainError) return ApiError.fromDomain(error);
  return null;
}
