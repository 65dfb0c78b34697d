import { Text, View } from "@react-pdf/renderer";
import type { InvoiceSeller } from "../invoice-document";
import { formatIban } from "./invoice-texts";
import { styles } from "./styles";

/** Company data on every page, as §35a GmbHG asks of business letters, and the page count. */
export function Footer({ seller, documentTitle }: { seller: InvoiceSeller; documentTitle: string }) {
  return (
    <View style={styles.footer} fixed>
      <Text style={styles.pageNumber} render={({ pageNumber, totalPages }) => `${documentTitle} · Seite ${pageNumber} von ${totalPages}`} />
      <View style={styles.footerRow}>
        <View style={styles.footerColumn}>
          <Text>{seller.name}</Text>
          <Text>{seller.street}</Text>
          <Text>
            {seller.postalCode} {seller.city}
          </Text>
          <Text>Tel. {seller.phone}</Text>
          <Text>{seller.email}</Text>
        </View>
        <View style={[styles.footerColumn, { flex: 1.3 }]}>
          <Text>{seller.register}</Text>
          <Text>Vertreten durch {seller.representative}</Text>
          {seller.vatId ? <Text>USt-IdNr. {seller.vatId}</Text> : null}
          {seller.taxNumber ? <Text>Steuernummer {seller.taxNumber}</Text> : null}
        </View>
        <View style={[styles.footerColumn, { flex: 1.3, paddingRight: 0 }]}>
          <Text>{seller.bankName}</Text>
          <Text>IBAN {formatIban(seller.iban)}</Text>
          <Text>BIC {seller.bic}</Text>
          <Text>Gläubiger-ID {seller.sepaCreditorId}</Text>
        </View>
      </View>
    </View>
  );
}
