// C0 controls other than tab, LF, FF and CR, and DEL: no handset shows them, and a stray NUL
// from a PVS template would silently turn the message into UCS-2. The API refuses a text that
// contains one; the analyser and the optimisation list say so.
const REFUSED_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

export function containsRefusedControlCharacter(text: string): boolean {
  return REFUSED_CONTROL.test(text);
}
