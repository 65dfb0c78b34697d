import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { practices } from "../../db/schema";
import { assertMainUser, auditActor, type Actor } from "../accounts/actor";
import { emailSchema, phoneSchema, postalCodeProblem, postalCodeSchema, text } from "../accounts/sign-up-schema";
import { recordAudit } from "../audit/record-audit";
import { groupIban, nextMandateReference, SEPA_MANDATE_VERSION } from "../billing/sepa-mandate";
import { DomainError } from "../errors/domain-error";

// "Ihre Praxis": name, address, contact and invoice details of the actor's practice. The
// country is not a field: it decides how the API reads national numbers, so it stays as signed up.

export type SaveResult = { ok: true; changed: string[] } | { ok: false; error: z.ZodError };

/** The form's fields, in the order of the form and of the audit entry. */
export const PRACTICE_DATA_FIELDS = ["name", "street", "postalCode", "city", "contactName", "contactPhone", "billingEmail", "vatId"] as const;

const VAT_ID_FORMATS: Record<string, { pattern: RegExp; message: string }> = {
  DE: { pattern: /^DE\d{9}$/, message: "Eine deutsche USt-IdNr. ist DE und 9 Ziffern, z. B. DE123456789." },
  AT: { pattern: /^ATU\d{8}$/, message: "Eine österreichische UID-Nummer ist ATU und 8 Ziffern, z. B. ATU12345678." },
};

/** Empty is fine (a practice without one pays VAT as usual); spaces and dots as printed on letters are dropped. */
export const vatIdSchema = (country: string) =>
  z
    .string()
    .transform((value) => value.replace(/[\s.-]/g, "").toUpperCase())
    .superRefine((value, context) => {
      const format = VAT_ID_FORMATS[country];
      if (value && format && !format.pattern.test(value)) context.addIssue({ code: "custom", message: format.message });
    })
    .transform((value) => value || null);

/** The practice data form for a practice in `country` (DE or AT): postcode and VAT id follow its rules. */
export const practiceDataSchema = (country: string) =>
  z.object({
    name: text("den Namen Ihrer Praxis", 2, 120),
    street: text("Straße und Hausnummer", 3, 120),
    postalCode: postalCodeSchema.superRefine((postalCode, context) => {
      const problem = postalCodeProblem(country, postalCode);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
    city: text("den Ort", 2, 80),
    contactName: text("eine Ansprechperson", 2, 120),
    contactPhone: phoneSchema,
    // Empty: invoices go to the practice's contact address.
    billingEmail: z
      .string()
      .trim()
      .transform((value) => value || null)
      .pipe(emailSchema("Bitte geben Sie eine E-Mail-Adresse für Rechnungen an.").nullable()),
    vatId: vatIdSchema(country),
  });

export type PracticeData = z.output<ReturnType<typeof practiceDataSchema>>;

export interface PracticeSettings {
  country: string;
  contactEmail: string;
  data: Record<(typeof PRACTICE_DATA_FIELDS)[number], string | null>;
  bank: { billingName: string | null; iban: string | null; ibanGrouped: string | null; bic: string | null };
  mandate: {
    reference: string | null;
    acceptedAt: Date | null;
    /** Accepted, in today's wording, for the IBAN on file. */
    valid: boolean;
    /** The reference a new mandate (new IBAN) would get. */
    nextReference: string;
  };
}

/** Everything the settings page shows. */
export async function getPracticeSettings(db: Database, actor: Actor): Promise<PracticeSettings> {
  assertMainUser(actor);
  const [row] = await db.select().from(practices).where(eq(practices.id, actor.practiceId));
  if (!row) throw new DomainError("not_found");
  return {
    country: row.country,
    contactEmail: row.contactEmail,
    data: {
      name: row.name,
      street: row.street,
      postalCode: row.postalCode,
      city: row.city,
      contactName: row.contactName,
      contactPhone: row.contactPhone,
      billingEmail: row.billingEmail,
      vatId: row.vatId,
    },
    bank: { billingName: row.billingName, iban: row.iban, ibanGrouped: groupIban(row.iban), bic: row.bic },
    mandate: {
      reference: row.sepaMandateReference,
      acceptedAt: row.sepaMandateAcceptedAt,
      valid: Boolean(row.iban && row.sepaMandateAcceptedAt && row.sepaMandateVersion === SEPA_MANDATE_VERSION),
      nextReference: nextMandateReference(actor.practiceId, row.sepaMandateReference),
    },
  };
}

/** The changed fields as `{ field: { from, to } }` for the audit log. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: T, fields: readonly (keyof T & string)[]) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of fields) {
    if ((before[field] ?? null) !== (after[field] ?? null)) changes[field] = { from: before[field] ?? null, to: after[field] ?? null };
  }
  return changes;
}

/**
 * Saves the practice data form. Refused input comes back as the zod error (German messages per
 * field); a form without changes writes nothing, not even an audit entry.
 */
export async function updatePracticeData(db: Database, actor: Actor, input: Record<string, string>, now = new Date()): Promise<SaveResult> {
  assertMainUser(actor);
  return db.transaction(async (tx) => {
    const [current] = await selectRows<Record<(typeof PRACTICE_DATA_FIELDS)[number], string | null> & { country: string }>(
      tx,
      sql`select name, street, postal_code as "postalCode", city, contact_name as "contactName", contact_phone as "contactPhone",
                 billing_email as "billingEmail", vat_id as "vatId", country
          from practices where id = ${actor.practiceId} for update`,
    );
    if (!current) throw new DomainError("not_found");
    const parsed = practiceDataSchema(current.country).safeParse(input);
    if (!parsed.success) return { ok: false, error: parsed.error };
    const changes = diffFields<Record<string, unknown>>(current, parsed.data, PRACTICE_DATA_FIELDS);
    const changed = Object.keys(changes);
    if (changed.length === 0) return { ok: true, changed };
    await tx.update(practices).set({ ...parsed.data, updatedAt: now }).where(eq(practices.id, actor.practiceId));
    await recordAudit(tx, { practiceId: actor.practiceId, action: "practice.changed", actor: auditActor(actor), origin: actor.origin, details: changes }, now);
    return { ok: true, changed };
  });
}
