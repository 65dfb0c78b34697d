import path from "node:path";
import { Font } from "@react-pdf/renderer";

// Liberation Sans (SIL OFL, see fonts/LICENSE-Liberation.txt) ships with the project: the PDF's
// built-in Helvetica has no č, ř or Ł, and a server renders offline.
const FONT_DIR = path.join(process.cwd(), "lib/billing/pdf/fonts");
export const INVOICE_FONT = "Liberation Sans";

let registered = false;

export function registerInvoiceFonts(): void {
  if (registered) return;
  Font.register({
    family: INVOICE_FONT,
    fonts: [
      { src: path.join(FONT_DIR, "LiberationSans-Regular.ttf"), fontWeight: "normal" },
      { src: path.join(FONT_DIR, "LiberationSans-Bold.ttf"), fontWeight: "bold" },
    ],
  });
  // The default hyphenation is English and splits German words in odd places; wrap whole words.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
