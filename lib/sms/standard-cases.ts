// Boundary cases with the results 3GPP TS 23.038 / 23.040 call for, worked out by hand.
// The CLI test and the benchmark's agreement check both read this table.
export interface StandardCase {
  name: string;
  text: string;
  encoding: "GSM-7" | "UCS-2";
  units: number;
  /** Length of each part in UTF-16 code units. */
  partLengths: number[];
  /** Set where the result is our own convention rather than the standard's. */
  convention?: string;
}

const a = (n: number) => "a".repeat(n);
const zh = (n: number) => "ж".repeat(n);

export const STANDARD_CASES: StandardCase[] = [
  {
    name: "empty text",
    text: "",
    encoding: "GSM-7",
    units: 0,
    partLengths: [],
    convention: "an empty text is never sent, so it counts no part; the standard would allow one empty SMS",
  },
  { name: "160 septets", text: a(160), encoding: "GSM-7", units: 160, partLengths: [160] },
  { name: "161 septets", text: a(161), encoding: "GSM-7", units: 161, partLengths: [153, 8] },
  { name: "306 septets", text: a(306), encoding: "GSM-7", units: 306, partLengths: [153, 153] },
  { name: "307 septets", text: a(307), encoding: "GSM-7", units: 307, partLengths: [153, 153, 1] },
  { name: "459 septets", text: a(459), encoding: "GSM-7", units: 459, partLengths: [153, 153, 153] },
  { name: "460 septets", text: a(460), encoding: "GSM-7", units: 460, partLengths: [153, 153, 153, 1] },
  { name: "70 UCS-2 units", text: zh(70), encoding: "UCS-2", units: 70, partLengths: [70] },
  { name: "71 UCS-2 units", text: zh(71), encoding: "UCS-2", units: 71, partLengths: [67, 4] },
  { name: "134 UCS-2 units", text: zh(134), encoding: "UCS-2", units: 134, partLengths: [67, 67] },
  { name: "135 UCS-2 units", text: zh(135), encoding: "UCS-2", units: 135, partLengths: [67, 67, 1] },
  { name: "euro sign at septet 153", text: a(152) + "€" + a(20), encoding: "GSM-7", units: 174, partLengths: [152, 21] },
  { name: "euro sign ending at septet 153", text: a(151) + "€" + a(20), encoding: "GSM-7", units: 173, partLengths: [152, 20] },
  { name: "80 euro signs", text: "€".repeat(80), encoding: "GSM-7", units: 160, partLengths: [80] },
  { name: "form feed is an extension character", text: a(158) + "\f", encoding: "GSM-7", units: 160, partLengths: [159] },
  { name: "emoji straddling unit 67", text: zh(66) + "😀" + zh(10), encoding: "UCS-2", units: 78, partLengths: [66, 12] },
  { name: "umlauts and ß are GSM-7", text: "Grüße aus Köln, Ärztin Übel, Maß", encoding: "GSM-7", units: 32, partLengths: [32] },
  { name: "capital Ç is GSM-7", text: "Ç", encoding: "GSM-7", units: 1, partLengths: [1] },
  { name: "small ç is not", text: "ç", encoding: "UCS-2", units: 1, partLengths: [1] },
  { name: "typographic quotes", text: "„Termin“", encoding: "UCS-2", units: 8, partLengths: [8] },
  { name: "typographic apostrophe", text: "Sie’s", encoding: "UCS-2", units: 5, partLengths: [5] },
  { name: "en dash", text: "10–11 Uhr", encoding: "UCS-2", units: 9, partLengths: [9] },
  { name: "no-break space", text: "10\u00a0Uhr", encoding: "UCS-2", units: 6, partLengths: [6] },
  { name: "ellipsis", text: "Bis bald…", encoding: "UCS-2", units: 9, partLengths: [9] },
  // TS 23.040 splits by octets and only a surrogate pair must stay together (else UCS-2 is
  // malformed); the handset joins the parts before it draws the cluster.
  { name: "ZWJ sequence straddling unit 67", text: zh(64) + "👨\u200d👩\u200d👧" + zh(10), encoding: "UCS-2", units: 82, partLengths: [67, 15] },
  { name: "ZWJ family emoji", text: "👨\u200d👩\u200d👧", encoding: "UCS-2", units: 8, partLengths: [8] },
  { name: "flag", text: "🇩🇪", encoding: "UCS-2", units: 4, partLengths: [4] },
  { name: "combining acute accent", text: "e\u0301", encoding: "UCS-2", units: 2, partLengths: [2] },
  { name: "CR LF", text: "a\r\nb", encoding: "GSM-7", units: 4, partLengths: [4] },
  { name: "GSM greek capitals", text: "ΔΦΓΛΩΠΨΣΘΞ", encoding: "GSM-7", units: 10, partLengths: [10] },
  { name: "600 characters", text: a(600), encoding: "GSM-7", units: 600, partLengths: [153, 153, 153, 141] },
  { name: "100 emoji", text: "😀".repeat(100), encoding: "UCS-2", units: 200, partLengths: [66, 66, 66, 2] },
];
