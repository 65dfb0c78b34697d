import type { Database } from "../../db/client";
import { assertMainUser, type Actor } from "../accounts/actor";
import { authenticate } from "../api/authenticate";
import { asApiError } from "../api/errors";
import { keyCheckBody, type KeyCheck } from "../api/key-check";

export type PortalKeyCheck =
  | { valid: true; ownPractice: true; answer: KeyCheck; message: string }
  | { valid: true; ownPractice: false; message: string }
  | { valid: false; message: string };

/**
 * The portal's "Key-Check": exactly what GET /api/v1/key-check answers the PVS (same lookup,
 * same rate limit, same body), so a key that passes here passes there. Another practice's key
 * is only called valid: its practice's name is none of this user's business.
 */
export async function checkApiKey(
  db: Database,
  actor: Actor,
  key: string,
  { defaultLimit, realCarrier, now = new Date() }: { defaultLimit: number; realCarrier: boolean; now?: Date },
): Promise<PortalKeyCheck> {
  assertMainUser(actor);
  const trimmed = key.trim();
  if (!trimmed) return { valid: false, message: "Bitte fügen Sie einen API-Key ein." };
  try {
    const { caller } = await authenticate(db, new Request("http://portal.local/api/v1/key-check", { headers: { authorization: `Bearer ${trimmed}` } }), defaultLimit, now);
    if (caller.practice.id !== actor.practiceId) {
      return { valid: true, ownPractice: false, message: "Dieser API-Key ist gültig, gehört aber nicht zu Ihrer Praxis." };
    }
    const answer = keyCheckBody(caller, realCarrier && !caller.sandbox);
    const where = answer.location ? ` (Standort ${answer.location})` : "";
    const test = answer.sandbox ? " Es ist ein Test-Schlüssel: Seine SMS gehen an den Simulator und werden nicht berechnet." : "";
    return {
      valid: true,
      ownPractice: true,
      answer,
      message: (answer.hint ?? `Der API-Key ist gültig und gehört zu ${answer.practice.name}${where}. Ihre Praxissoftware kann damit SMS senden.`) + test,
    };
  } catch (error) {
    const refused = asApiError(error);
    if (!refused) throw error;
    if (refused.code === "invalid_api_key") {
      return { valid: false, message: "Dieser API-Key ist ungültig, abgelaufen oder widerrufen. Ihre Praxissoftware bekäme mit ihm die Antwort 401 (invalid_api_key)." };
    }
    return { valid: false, message: refused.message };
  }
}
