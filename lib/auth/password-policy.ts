import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as german from "@zxcvbn-ts/language-de";

// One password rule for the server and the strength meter in the browser: at least 10
// characters, and not guessable — zxcvbn checks common-password lists, German words and names,
// keyboard patterns, dates and the user's own details (practice name, e-mail).

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
/** zxcvbn's score 0–4; below this the password is refused. */
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
const estimator = () =>
  (factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...german.dictionary },
    graphs: common.adjacencyGraphs,
    translations: german.translations,
  }));

export interface PasswordVerdict {
  ok: boolean;
  /** 0 (sehr schwach) to 4 (sehr stark), for the meter. */
  score: number;
  /** Why it is refused, in German; null when it is fine. */
  problem: string | null;
}

export async function judgePassword(password: string, userInputs: string[] = []): Promise<PasswordVerdict> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { ok: false, score: 0, problem: `Das Passwort braucht mindestens ${MIN_PASSWORD_LENGTH} Zeichen.` };
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return { ok: false, score: 0, problem: `Das Passwort darf höchstens ${MAX_PASSWORD_LENGTH} Zeichen haben.` };
  }
  const inputs = userInputs.flatMap((input) => input.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((part) => part.length >= 3);
  const result = await estimator().check(password, inputs);
  if (result.score >= MIN_SCORE) return { ok: true, score: result.score, problem: null };
  const hint = result.feedback.warning ?? result.feedback.suggestions[0] ?? null;
  return { ok: false, score: result.score, problem: `Das Passwort ist zu leicht zu erraten.${hint ? ` ${hint}` : ""}` };
}
