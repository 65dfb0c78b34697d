// Names and remittance text in the EPC's basic Latin set (a–z A–Z 0–9 / - ? : ( ) . , ' + space),
// which every SEPA bank takes: German umlauts are spelled out, other letters lose their accents,
// and anything else becomes a space. Some banks take umlauts too, but not all, and a rejected
// file costs a month's collection.

const SPELLED_OUT: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss", "&": "+" };

export function toSepaText(text: string, maxLength: number): string {
  const spelled = [...text].map((char) => SPELLED_OUT[char] ?? char).join("");
  const plain = spelled.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return plain
    .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, maxLength)
    .trim();
}
