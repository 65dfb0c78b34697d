import { z } from "zod";
import { checkWebhookUrl, type WebhookUrlPolicy } from "./allowed-url";
import { MAX_DESCRIPTION_LENGTH } from "./endpoint-limits";
import { WEBHOOK_EVENT_TYPES } from "./event-types";

// What a main user types for a webhook endpoint, checked the same way by the portal's form and
// by lib/pvs-webhooks/endpoints.ts.

const MAX_URL_LENGTH = 2000;

export function webhookUrlSchema(rules: WebhookUrlPolicy) {
  return z
    .string()
    .trim()
    .min(1, "Bitte geben Sie die Adresse an, an die wir die Ereignisse senden sollen.")
    .max(MAX_URL_LENGTH, `Die Adresse ist zu lang (höchstens ${MAX_URL_LENGTH} Zeichen).`)
    .superRefine((url, context) => {
      const problem = checkWebhookUrl(url, rules);
      if (problem) context.addIssue({ code: "custom", message: problem });
    })
    // One spelling per address (host in lower case), as the sender will request it.
    .transform((url) => new URL(url).href);
}

export const webhookEventTypesSchema = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Dieses Ereignis gibt es nicht." }), { error: "Bitte wählen Sie mindestens ein Ereignis." })
  .min(1, "Bitte wählen Sie mindestens ein Ereignis.")
  // Kept in the list's order, whatever order the checkboxes arrived in.
  .transform((types) => WEBHOOK_EVENT_TYPES.filter((type) => types.includes(type)));

export const webhookDescriptionSchema = z
  .string()
  .trim()
  .max(MAX_DESCRIPTION_LENGTH, `Die Beschreibung ist zu lang (höchstens ${MAX_DESCRIPTION_LENGTH} Zeichen).`)
  .default("");

export function webhookEndpointSchema(rules: WebhookUrlPolicy) {
  return z.object({ url: webhookUrlSchema(rules), eventTypes: webhookEventTypesSchema, description: webhookDescriptionSchema });
}

/** As a form sends it: checked by the schema inside every function that takes it. */
export interface WebhookEndpointInput {
  url: string;
  eventTypes: readonly string[];
  description?: string;
}
