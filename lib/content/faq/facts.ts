// The computed facts the FAQ answers quote. Prices and SMS limits come from their single sources
// so that a change there changes the answers here.
import { PRICE_LIST, formatCents, priceForSegments } from "../../billing/price-list";
import { MAX_CHARACTERS } from "../../sms/characters";
import { PART_CAPACITY, segmentSms } from "../../sms/segments";
import { env } from "../../env";

export { MAX_CHARACTERS };

export const API_BASE_URL = new URL("/api/v1", env.APP_URL).toString();

/** Requests per minute and API key, as configured; a key may have its own limit. */
export const API_RATE_LIMIT = new Intl.NumberFormat("de-DE").format(env.API_RATE_LIMIT_PER_MINUTE);

export const GSM = PART_CAPACITY["GSM-7"];
export const UCS = PART_CAPACITY["UCS-2"];

export const BASE_FEE = formatCents(PRICE_LIST.baseFeeCents);
export const PER_PART = formatCents(PRICE_LIST.perPartCents);
export const REPLY_NUMBER = formatCents(PRICE_LIST.replyNumberCents);
export const VAT = `${PRICE_LIST.vatRatePercent} %`;

// Worked billing examples, counted by the engine rather than typed.
const partsOf = (characters: number, emoji = false) => segmentSms((emoji ? "😀" : "") + "a".repeat(characters - (emoji ? 1 : 0))).segments;
export const EXAMPLE_LONG_CHARACTERS = 200;
export const EXAMPLE_LONG_PARTS = partsOf(EXAMPLE_LONG_CHARACTERS);
export const EXAMPLE_LONG_PRICE = formatCents(priceForSegments(EXAMPLE_LONG_PARTS));
export const EXAMPLE_LONG_EMOJI_PARTS = partsOf(EXAMPLE_LONG_CHARACTERS, true);
export const EXAMPLE_UNICODE_CHARACTERS = 100;
export const EXAMPLE_UNICODE_PARTS = partsOf(EXAMPLE_UNICODE_CHARACTERS, true);
export const EXAMPLE_UNICODE_PRICE = formatCents(priceForSegments(EXAMPLE_UNICODE_PARTS));
export const EXAMPLE_MAX_PARTS = partsOf(MAX_CHARACTERS);
export const EXAMPLE_MONTH_MESSAGES = 400;
export const EXAMPLE_MONTH_TOTAL = formatCents(PRICE_LIST.baseFeeCents + priceForSegments(EXAMPLE_MONTH_MESSAGES));
