import { z } from "zod";
import { berlinDayString } from "../../time/berlin";
import type { CarrierNote, CarrierReport } from "../carrier";
import { sevenJson, SevenRequestError, type SevenOptions } from "./client";
import { parseSevenTime } from "./time";
import { sevenStatus } from "./webhook";

// seven.io's outbound journal (GET /journal/outbound): every SMS the account handed over, with
// our foreign_id, seven's id and the last delivery report (dlr, dlr_timestamp). Its filters are
// id, to, date_from, date_to, state, limit (≤ 100) and offset; there is no foreign_id filter,
// so an SMS is found by its recipient and day and then by our id among those.

const idSchema = z.union([z.string(), z.number()]).transform(String);

const entrySchema = z.object({
  id: idSchema,
  to: z.string().nullish(),
  foreign_id: z.string().nullish(),
  dlr: z.string().nullish(),
  dlr_timestamp: z.union([z.string(), z.number()]).nullish(),
  timestamp: z.union([z.string(), z.number()]).nullish(),
});

export type JournalEntry = z.infer<typeof entrySchema>;

export async function readOutboundJournal(options: SevenOptions, params: Record<string, string>): Promise<JournalEntry[]> {
  const answer = await sevenJson(options, "GET", "/journal/outbound", { ...params, limit: params.limit ?? "100" });
  // An empty journal may come as an empty object or null rather than [].
  if (answer === null || (typeof answer === "object" && !Array.isArray(answer) && Object.keys(answer).length === 0)) return [];
  const parsed = z.array(z.unknown()).safeParse(answer);
  if (!parsed.success) throw new SevenRequestError("seven.io /journal/outbound: unerwartete Antwort", "bad-response");
  // Entries we cannot read (another channel's shape) are skipped, not fatal.
  return parsed.data.flatMap((entry) => {
    const read = entrySchema.safeParse(entry);
    return read.success ? [read.data] : [];
  });
}

/** seven.io's id of the SMS it holds under our id, or null when the journal has none. */
export async function findByForeignId(options: SevenOptions, sms: { id: string; to: string }, since: Date): Promise<string | null> {
  // date_from is a calendar day; the day before covers a submission just after midnight UTC.
  const dayBefore = berlinDayString(new Date(since.getTime() - 24 * 60 * 60_000));
  const entries = await readOutboundJournal(options, { to: sms.to.replace(/^\+/, ""), date_from: dayBefore });
  return entries.find((entry) => entry.foreign_id === sms.id)?.id ?? null;
}

/** What the journal says about each of seven.io's message ids, as reports (or notes) we know. */
export async function journalReports(options: SevenOptions, carrierMessageIds: readonly string[]): Promise<(CarrierReport | CarrierNote)[]> {
  const found: (CarrierReport | CarrierNote)[] = [];
  for (const carrierMessageId of carrierMessageIds) {
    const [entry] = (await readOutboundJournal(options, { id: carrierMessageId, limit: "1" })).filter((e) => e.id === carrierMessageId);
    if (!entry?.dlr) continue;
    const mapped = sevenStatus(carrierMessageId, entry.dlr, parseSevenTime(entry.dlr_timestamp));
    if (mapped) found.push("report" in mapped ? mapped.report : mapped.note);
  }
  return found;
}
