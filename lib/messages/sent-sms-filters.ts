import { z } from "zod";
import { RETENTION_DAYS } from "../delivery/sweep";
import { normaliseRecipient, type HomeCountry } from "../sms/phone-number";
import { berlinDayString, startOfBerlinDay } from "../time/berlin";
import { MESSAGE_STATUSES, type MessageStatus } from "./status";

// The filters of "Gesendete SMS" live in the URL (a GET form), so a filtered list can be
// bookmarked, reloaded and exported as CSV with exactly the same rows.

/** The list shows what we still hold patient data for: the last 60 days. */
export const SENT_SMS_DAYS = RETENTION_DAYS;

/** The URL parameters, as the form names them. */
export const FILTER_PARAMS = ["status", "von", "bis", "standort", "nummer", "suche"] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export interface SentSmsFilters {
  status?: MessageStatus;
  /** Created at or after. */
  from: Date;
  /** Created before. */
  until?: Date;
  locationId?: string;
  /** E.164, normalised from what was typed. */
  recipient?: string;
  /** Part of the text, matched case-insensitively. */
  search?: string;
}

export interface ParsedFilters {
  filters: SentSmsFilters;
  /** What was typed, to show it in the form again; "" for an unused filter. */
  values: Record<FilterParam, string>;
  /** German problems per parameter; with any of them, no list is shown. */
  errors: Partial<Record<FilterParam, string>>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayStart = (day: string) => {
  const [year, month, dayOfMonth] = day.split("-").map(Number);
  return startOfBerlinDay(year, month, dayOfMonth);
};
const isRealDay = (day: string) => DAY.test(day) && berlinDayString(dayStart(day)) === day;

const statusSchema = z.enum(MESSAGE_STATUSES);
const uuidSchema = z.uuid();

/** Reads the filters from the URL; a number is read in the practice's country, as the API reads it. */
export function parseSentSmsFilters(params: URLSearchParams, country: HomeCountry, now = new Date()): ParsedFilters {
  const values = Object.fromEntries(FILTER_PARAMS.map((name) => [name, (params.get(name) ?? "").trim()])) as Record<FilterParam, string>;
  const errors: ParsedFilters["errors"] = {};
  const windowStart = new Date(now.getTime() - SENT_SMS_DAYS * 24 * 60 * 60 * 1000);
  const filters: SentSmsFilters = { from: windowStart };

  if (values.status) {
    const status = statusSchema.safeParse(values.status);
    if (status.success) filters.status = status.data;
    else errors.status = "Diesen Status gibt es nicht.";
  }
  if (values.von) {
    if (!isRealDay(values.von)) errors.von = "Bitte ein Datum angeben.";
    else if (dayStart(values.von) > windowStart) filters.from = dayStart(values.von);
  }
  if (values.bis) {
    if (!isRealDay(values.bis)) errors.bis = "Bitte ein Datum angeben.";
    else if (values.von && isRealDay(values.von) && values.bis < values.von) errors.bis = "Das Ende liegt vor dem Anfang.";
    else {
      const [year, month, day] = values.bis.split("-").map(Number);
      filters.until = startOfBerlinDay(year, month, day + 1);
    }
  }
  if (values.standort) {
    if (uuidSchema.safeParse(values.standort).success) filters.locationId = values.standort;
    else errors.standort = "Diesen Standort gibt es in Ihrer Praxis nicht.";
  }
  if (values.nummer) {
    const recipient = normaliseRecipient(values.nummer, country);
    if (recipient.ok) filters.recipient = recipient.e164;
    else errors.nummer = recipient.message;
  }
  if (values.suche) {
    if (values.suche.length > 200) errors.suche = "Bitte höchstens 200 Zeichen.";
    else filters.search = values.suche;
  }
  return { filters, values, errors };
}

/** The URL query of the filters in use (and a cursor), for links that keep them. */
export function filterQuery(values: Record<FilterParam, string>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) if (values[name]) params.set(name, values[name]);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** A `searchParams` object of a page as URLSearchParams (the first of repeated values). */
export function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(record)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(name, first);
  }
  return params;
}
