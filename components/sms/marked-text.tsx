import { classifyCharacter } from "@/lib/sms/gsm-charset";
import { replacementFor } from "@/lib/sms/optimise";
import { describeCharacter, displayCharacter } from "./character-notes";

const MARK_STYLE = {
  extension: "rounded-sm bg-amber-200 text-amber-950",
  unicode: "rounded-sm bg-rose-200 text-rose-950",
} as const;

/** A text with every character that drives the cost marked; runs of GSM text stay plain. */
export function MarkedText({ text }: { text: string }) {
  const pieces: React.ReactNode[] = [];
  let plain = "";
  let key = 0;
  for (const char of text) {
    const kind = classifyCharacter(char);
    if (kind === "basic") {
      plain += char;
      continue;
    }
    if (plain) pieces.push(plain);
    plain = "";
    pieces.push(
      <mark key={key++} className={MARK_STYLE[kind]} title={describeCharacter({ char, kind, replacement: replacementFor(char) })} data-kind={kind}>
        {displayCharacter(char)}
      </mark>,
    );
  }
  if (plain) pieces.push(plain);
  return <>{pieces}</>;
}
