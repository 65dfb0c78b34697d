import { StyleSheet } from "@react-pdf/renderer";
import { INVOICE_FONT } from "./register-fonts";

/** Millimetres to PDF points: DIN 5008 gives its measures in mm. */
export const mm = (value: number) => value * 2.8346;

export const BRAND = "#0f766e";
export const MUTED = "#4b5563";
export const RULE = "#d1d5db";

// No lineHeight anywhere: react-pdf 4.9 then drops the "Seite x von y" text (the font's own
// line gap is enough).
// DIN 5008 form B: text from 25 mm to 20 mm before the right edge, address field 45 mm from the
// top, the information block at 125 mm, the footer kept clear of the last 12 mm.
export const styles = StyleSheet.create({
  page: {
    fontFamily: INVOICE_FONT,
    fontSize: 9.5,
    color: "#111827",
    paddingTop: mm(20),
    paddingBottom: mm(36),
    paddingLeft: mm(25),
    paddingRight: mm(20),
  },
  letterhead: { position: "absolute", top: mm(14), left: mm(25), right: mm(20), flexDirection: "row", justifyContent: "space-between" },
  brand: { fontSize: 16, fontWeight: "bold", color: BRAND },
  brandLine: { fontSize: 8, color: MUTED },
  addressField: { position: "absolute", top: mm(45), left: mm(25), width: mm(80), height: mm(45) },
  senderLine: { fontSize: 7, color: MUTED, textDecoration: "underline", marginTop: mm(9), marginBottom: mm(3.5) },
  recipient: { fontSize: 10 },
  infoBlock: { position: "absolute", top: mm(50), left: mm(122), right: mm(20) },
  infoRow: { flexDirection: "row", fontSize: 8, marginBottom: 1.2 },
  infoLabel: { width: mm(28), color: MUTED },
  infoValue: { flex: 1 },
  foldMark: { position: "absolute", left: mm(4), width: mm(5), borderTopWidth: 0.5, borderTopColor: "#9ca3af" },
  body: { marginTop: mm(80) },
  title: { fontSize: 14, fontWeight: "bold", marginBottom: mm(1.5) },
  subtitle: { fontSize: 9.5, color: MUTED, marginBottom: mm(5) },
  paragraph: { marginBottom: mm(3) },
  heading: { fontSize: 10, fontWeight: "bold", marginTop: mm(5), marginBottom: mm(1.5) },
  table: { marginTop: mm(2), marginBottom: mm(2) },
  tableHead: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: "#111827", paddingBottom: 3, fontWeight: "bold", fontSize: 8.5 },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 4 },
  totalRow: { flexDirection: "row", paddingVertical: 2 },
  grandTotalRow: { flexDirection: "row", borderTopWidth: 1, borderTopColor: "#111827", borderBottomWidth: 2.5, borderBottomColor: "#111827", borderBottomStyle: "solid", paddingVertical: 3, marginTop: 2, fontWeight: "bold" },
  right: { textAlign: "right" },
  bold: { fontWeight: "bold" },
  muted: { color: MUTED },
  box: { borderLeftWidth: 2, borderLeftColor: BRAND, paddingLeft: mm(3), paddingVertical: mm(1), marginTop: mm(4) },
  footer: { position: "absolute", bottom: mm(10), left: mm(25), right: mm(20) },
  footerRow: { borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: mm(2), flexDirection: "row", fontSize: 6.8, color: MUTED },
  footerColumn: { flex: 1, paddingRight: mm(2) },
  pageNumber: { textAlign: "right", fontSize: 8, color: MUTED, marginBottom: mm(1.5) },
});
