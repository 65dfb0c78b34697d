import { z } from "zod";

// Fields of a carrier's webhook as we can store them. PostgreSQL refuses U+0000 in text and
// years outside 1–9999 in timestamps; a body with either used to fail after verification, and
// the carrier's retries failed the same way for days.

/** An id, number or status code: never empty, never with U+0000. */
export const webhookId = z
  .string()
  .min(1)
  .max(200)
  .refine((value) => !value.includes("\u0000"));

/** A patient's text: it loses U+0000 (which no phone shows) rather than the whole reply. */
export const webhookText = z.string().transform((text) => text.replaceAll("\u0000", ""));

/** An ISO time that PostgreSQL and JavaScript both can hold, from 2000 on. */
export const webhookTime = z.iso.datetime({ offset: true }).refine((value) => {
  const year = new Date(value).getUTCFullYear();
  return year >= 2000 && year <= 9999;
});
