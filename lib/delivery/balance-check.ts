import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { selectRows } from "../../db/rows";
import type { Carrier } from "../carriers/carrier";
import type { Mailer } from "../email/mailer";
import { env } from "../env";
import { describeError } from "../log-error";
import { berlinDayString } from "../time/berlin";
import { currentHandOverPause, resumeHandOvers } from "./hand-over-pause";

// The carrier's credit (seven.io: GET /balance), looked at by the chores: below the threshold
// an alert in the log on every check and one e-mail a day to the operator; and while
// hand-overs are paused for want of credit, a balance that covers SMS again resumes them at
// once rather than after the pause.

const STATE_KEY = "carrier.balance_check";
/** Without a pause the credit is looked at this often; during one, on every chores run. */
export const BALANCE_CHECK_INTERVAL_MS = 15 * 60_000;
/** Enough for a few SMS: the least credit with which a pause for want of credit ends early. */
export const RESUME_MIN_EUR = 1;
/** seven.io's "not enough credits". */
const INSUFFICIENT_BALANCE_CODE = "500";

export interface BalanceAlertSettings {
  belowEur: number;
  operatorEmail?: string;
}

export const balanceAlertFromEnv = (): BalanceAlertSettings => ({ belowEur: env.SEVEN_BALANCE_ALERT_EUR, operatorEmail: env.OPERATOR_EMAIL });

export type BalanceCheck = { checked: false } | { checked: true; amount: number; currency: string; alerted: boolean; mailed: boolean; resumed: boolean };

interface State {
  checkedAt?: string;
  mailedOn?: string;
}

export async function checkCarrierBalance(
  db: Database,
  carrier: Carrier,
  mailer: Mailer,
  now: Date,
  settings: BalanceAlertSettings = balanceAlertFromEnv(),
): Promise<BalanceCheck> {
  if (!carrier.balance) return { checked: false };
  const state = await readState(db);
  const pause = await currentHandOverPause(db, now);
  const waitingForCredit = pause?.code === INSUFFICIENT_BALANCE_CODE;
  if (!waitingForCredit && state.checkedAt && now.getTime() - new Date(state.checkedAt).getTime() < BALANCE_CHECK_INTERVAL_MS) {
    return { checked: false };
  }
  let balance: { amount: number; currency: string };
  try {
    balance = await carrier.balance();
  } catch (error) {
    console.error(`[balance] ${carrier.name}: Guthaben nicht abrufbar:`, describeError(error));
    return { checked: false };
  }
  const { amount, currency } = balance;
  let resumed = false;
  if (waitingForCredit && amount >= RESUME_MIN_EUR) {
    resumed = await resumeHandOvers(db, `${carrier.name}-Guthaben wieder ${amount.toFixed(2)} ${currency}`);
  }
  const alerted = amount < settings.belowEur;
  let mailed = false;
  const today = berlinDayString(now);
  if (alerted) {
    console.error(`[balance] ALARM: ${carrier.name}-Guthaben ${amount.toFixed(2)} ${currency}, unter ${settings.belowEur} ${currency}. Bitte aufladen.`);
    if (settings.operatorEmail && state.mailedOn !== today) {
      try {
        await mailer.send(balanceEmail(settings.operatorEmail, carrier.name, amount, currency, settings.belowEur, today));
        mailed = true;
      } catch (error) {
        console.error("[balance] Alarm-E-Mail nicht versandt:", describeError(error));
      }
    }
  }
  await writeState(db, { checkedAt: now.toISOString(), mailedOn: mailed ? today : state.mailedOn }, now);
  return { checked: true, amount, currency, alerted, mailed, resumed };
}

function balanceEmail(to: string, carrierName: string, amount: number, currency: string, belowEur: number, day: string) {
  const money = `${amount.toFixed(2).replace(".", ",")} ${currency}`;
  const text = [
    `Das Guthaben bei ${carrierName} beträgt noch ${money} und liegt damit unter der Warnschwelle von ${belowEur} ${currency}.`,
    "Ist es aufgebraucht, hält Praxisbote den Versand an, bis wieder Guthaben da ist; keine SMS geht dabei verloren.",
    "Bitte laden Sie das Guthaben auf.",
  ].join("\n\n");
  return {
    to,
    subject: `Praxisbote: ${carrierName}-Guthaben niedrig (${money})`,
    text,
    html: text
      .split("\n\n")
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join(""),
    // One alert a day, even if two instances check at once.
    idempotencyKey: `balance-alert-${carrierName}-${day}`,
  };
}

async function readState(db: Database): Promise<State> {
  const [row] = await selectRows<{ value: string }>(db, sql`select value from installation_settings where key = ${STATE_KEY}`);
  return row ? (JSON.parse(row.value) as State) : {};
}

async function writeState(db: Database, state: State, now: Date): Promise<void> {
  await db.execute(
    sql`insert into installation_settings (key, value) values (${STATE_KEY}, ${JSON.stringify(state)})
        on conflict (key) do update set value = excluded.value, updated_at = ${now.toISOString()}`,
  );
}
