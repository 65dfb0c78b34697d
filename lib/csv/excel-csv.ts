// CSV as German Excel opens it by double-click: UTF-8 with a byte order mark (without it Excel
// reads Windows-1252 and garbles umlauts), `;` between values (the list separator where the
// decimal mark is a comma) and CRLF line ends (RFC 4180).

export const CSV_BOM = "\uFEFF";

/**
 * Text from outside (a patient's PVS entry, a location name) that starts like a formula would run
 * as one in a spreadsheet (CSV injection): it gets a leading apostrophe.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Always quoted, quotes doubled: `;`, quotes and line breaks inside stay one value. */
export const quoteAlways = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/** Quoted only where a `;`, a quote or a line break would otherwise split the value. */
export const quoteWhenNeeded = (value: string): string => (/[;"\r\n]/.test(value) ? quoteAlways(value) : value);

export function csvLine(values: string[], quote: (value: string) => string = quoteAlways): string {
  return `${values.map(quote).join(";")}\r\n`;
}
