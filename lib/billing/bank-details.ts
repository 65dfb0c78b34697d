import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import { practices } from "../../db/schema";
import { assertMainUser, auditActor, type Actor } from "../accounts/actor";
import { text } from "../accounts/sign-up-schema";
import { maskIban, recordAudit } from "../audit/record-audit";
import { DomainError } from "../errors/domain-error";
import type { SaveResult } from "../practices/practice-settings";
import { bicProblem, compactIban, ibanProblem, nextMandateReference, SEPA_MANDATE_VERSION } from "./sepa-mandate";

// Account holder, IBAN, BIC and the SEPA mandate of the actor's practice. A mandate belongs to
// one account: a new IBAN is a new mandate with a new reference, accepted again.

export const BANK_DETAILS_FIELDS = ["billingName", "iban", "bic"] as const;

interface CurrentBankDetails {
  billingName: string | null;
  iban: string | null;
  bic: string | null;
  reference: string | null;
  acceptedAt: Date | string | null;
  version: string | null;
}

/** Whether saving `iban` needs the mandate (again): none yet, another account, or an older wording. */
export const needsMandate = (current: CurrentBankDetails, iban: string) =>
  !current.acceptedAt || current.iban !== iban || current.version !== SEPA_MANDATE_VERSION;

export const bankDetailsSchema = (current: CurrentBankDetails) =>
  z
    .object({
      // 70 characters: the longest name a SEPA direct debit carries.
      billingName: text("den Kontoinhaber", 2, 70),
      iban: z
        .string({ error: "Bitte geben Sie die IBAN an." })
        .transform(compactIban)
        .superRefine((iban, context) => {
          const problem = ibanProblem(iban);
          if (problem) context.addIssue({ code: "custom", message: problem });
        }),
      bic: z
        .string()
        .optional()
        .transform((bic) => (bic ?? "").replace(/\s/g, "").toUpperCase())
        .superRefine((bic, context) => {
          const problem = bic ? bicProblem(bic, "") : null;
          if (problem) context.addIssue({ code: "custom", message: problem });
        }),
      acceptMandate: z.string().optional(),
    })
    // Runs once the fields are well-formed: the BIC's country and the mandate depend on the IBAN.
    .superRefine((form, context) => {
      const problem = bicProblem(form.bic, form.iban);
      if (problem) context.addIssue({ code: "custom", path: ["bic"], message: problem });
      if (needsMandate(current, form.iban) && form.acceptMandate !== "on") {
        const message =
          current.iban && current.iban !== form.iban
            ? "Für die neue IBAN brauchen wir ein neues SEPA-Lastschriftmandat: Bitte bestätigen Sie es."
            : "Bitte erteilen Sie das SEPA-Lastschriftmandat.";
        context.addIssue({ code: "custom", path: ["acceptMandate"], message });
      }
    })
    .transform((form) => ({ billingName: form.billingName, iban: form.iban, bic: form.bic || null }));

/**
 * Saves the bank details. A new IBAN gets a new mandate reference and the mandate's date and
 * wording are recorded; the audit entry shows old and new values with both IBANs masked.
 */
export async function updateBankDetails(db: Database, actor: Actor, input: Record<string, string>, now = new Date()): Promise<SaveResult> {
  assertMainUser(actor);
  return db.transaction(async (tx) => {
    const [current] = await selectRows<CurrentBankDetails>(
      tx,
      sql`select billing_name as "billingName", iban, bic, sepa_mandate_reference as reference,
                 sepa_mandate_accepted_at as "acceptedAt", sepa_mandate_version as version
          from practices where id = ${actor.practiceId} for update`,
    );
    if (!current) throw new DomainError("not_found");
    const parsed = bankDetailsSchema(current).safeParse(input);
    if (!parsed.success) return { ok: false, error: parsed.error };
    const next = parsed.data;

    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of BANK_DETAILS_FIELDS) {
      if (current[field] !== next[field]) {
        changes[field] = field === "iban" ? { from: maskIban(current.iban), to: maskIban(next.iban) } : { from: current[field], to: next[field] };
      }
    }
    const mandate = needsMandate(current, next.iban)
      ? {
          sepaMandateReference: current.iban === next.iban && current.reference ? current.reference : nextMandateReference(actor.practiceId, current.reference),
          sepaMandateAcceptedAt: now,
          sepaMandateVersion: SEPA_MANDATE_VERSION,
        }
      : null;
    if (mandate) {
      if (mandate.sepaMandateReference !== current.reference) changes.mandateReference = { from: current.reference, to: mandate.sepaMandateReference };
      changes.mandateAcceptedAt = { from: current.acceptedAt ? new Date(current.acceptedAt).toISOString() : null, to: now.toISOString() };
    }
    const changed = Object.keys(changes);
    if (changed.length === 0) return { ok: true, changed };

    await tx
      .update(practices)
      .set({ billingName: next.billingName, iban: next.iban, bic: next.bic, ...mandate, updatedAt: now })
      .where(eq(practices.id, actor.practiceId));
    await recordAudit(tx, { practiceId: actor.practiceId, action: "bank_details.changed", actor: auditActor(actor), origin: actor.origin, details: changes }, now);
    return { ok: true, changed };
  });
}
