import type { Invoice } from "@e-invoice-eu/core";
import type { InvoiceDocument, InvoiceLine } from "../invoice-document";
import { formatDocumentDate, paymentTermsText, REVERSE_CHARGE_NOTE } from "../pdf/invoice-texts";
import { compactIban } from "../sepa-mandate";

// The invoice document in @e-invoice-eu/core's input format (UBL-shaped JSON); the library turns
// it into CII and checks it against its EN 16931 JSON schema before it writes any XML.

type Ubl = Invoice["ubl:Invoice"];
type PaymentMeans = NonNullable<Ubl["cac:PaymentMeans"]>[number];
type TaxCategory = Ubl["cac:InvoiceLine"][number]["cac:Item"]["cac:ClassifiedTaxCategory"];

const CURRENCY = "EUR";
/**
 * A Stornorechnung is 384 (corrected invoice): it keeps the document's negative amounts and names
 * the cancelled invoice in BT-25; XRechnung (BR-DE-17) and Factur-X EN 16931 accept it, whereas a
 * 381 credit note would have to flip every sign.
 */
const TYPE_CODE = { invoice: "380", cancellation: "384" } as const;
const VAT = { "cbc:ID": "VAT" };
/** The buyer reference (BT-10) is our customer number; XRechnung requires one, so a missing one says so. */
const NO_BUYER_REFERENCE = "n/a";

const amount = (cents: number) => (cents / 100).toFixed(2);

function taxCategory(doc: InvoiceDocument): TaxCategory {
  return doc.tax.kind === "reverse_charge"
    ? { "cbc:ID": "AE", "cbc:Percent": "0", "cac:TaxScheme": VAT }
    : { "cbc:ID": "S", "cbc:Percent": String(doc.tax.ratePercent), "cac:TaxScheme": VAT };
}

function invoiceLine(doc: InvoiceDocument, line: InvoiceLine): Ubl["cac:InvoiceLine"][number] {
  // The item price may not be negative (BR-27): a cancellation carries the sign in the quantity.
  const quantity = Math.sign(line.totalCents || 1) * Math.abs(line.quantity);
  return {
    "cbc:ID": String(line.position),
    "cbc:InvoicedQuantity": String(quantity),
    "cbc:InvoicedQuantity@unitCode": line.unitCode,
    "cbc:LineExtensionAmount": amount(line.totalCents),
    "cbc:LineExtensionAmount@currencyID": CURRENCY,
    "cac:Item": { "cbc:Name": line.description, "cac:ClassifiedTaxCategory": taxCategory(doc) },
    "cac:Price": { "cbc:PriceAmount": amount(Math.abs(line.unitPriceCents)), "cbc:PriceAmount@currencyID": CURRENCY },
  };
}

function paymentMeans(doc: InvoiceDocument): PaymentMeans {
  const { payment, seller } = doc;
  if (payment.method === "sepa_direct_debit") {
    return {
      "cbc:PaymentMeansCode": "59",
      "cbc:PaymentMeansCode@name": "SEPA-Lastschrift",
      "cbc:PaymentID": doc.number,
      "cac:PaymentMandate": {
        "cbc:ID": payment.mandateReference,
        "cac:PayerFinancialAccount": { "cbc:ID": compactIban(payment.debtorIban) },
      },
    };
  }
  return {
    "cbc:PaymentMeansCode": "58",
    "cbc:PaymentMeansCode@name": "SEPA-Überweisung",
    "cbc:PaymentID": doc.number,
    "cac:PayeeFinancialAccount": {
      "cbc:ID": compactIban(seller.iban),
      "cbc:Name": seller.name,
      "cac:FinancialInstitutionBranch": { "cbc:ID": seller.bic },
    },
  };
}

// One note: @e-invoice-eu/core 2.3 writes several notes as several Content elements of one
// IncludedNote, which the CII schema rejects.
function note(doc: InvoiceDocument): string {
  const result: string[] = [];
  if (doc.cancels) {
    result.push(`Stornorechnung zu Rechnung ${doc.cancels.number} vom ${formatDocumentDate(doc.cancels.issueDate)}. Grund: ${doc.cancels.reason}`);
  }
  if (doc.tax.kind === "reverse_charge") result.push(REVERSE_CHARGE_NOTE);
  result.push(...doc.notes);
  result.push([doc.seller.register, doc.seller.representative && `Vertreten durch ${doc.seller.representative}`].filter(Boolean).join(". "));
  return result.filter(Boolean).join("\n");
}

/** Maps the invoice document to the library's input format; the same data feeds XRechnung and Factur-X. */
export function toEInvoiceData(doc: InvoiceDocument): Invoice {
  const { seller, buyer, payment } = doc;
  const category = taxCategory(doc);
  const dueDate = payment.method === "sepa_direct_debit" ? payment.debitDate : payment.dueDate;

  const ubl: Ubl = {
    "cbc:ID": doc.number,
    "cbc:IssueDate": doc.issueDate,
    "cbc:DueDate": dueDate,
    "cbc:InvoiceTypeCode": TYPE_CODE[doc.kind],
    "cbc:Note": [note(doc)],
    "cbc:DocumentCurrencyCode": CURRENCY,
    "cbc:BuyerReference": buyer.customerNumber || NO_BUYER_REFERENCE,
    "cac:InvoicePeriod": { "cbc:StartDate": doc.periodStart, "cbc:EndDate": doc.periodEnd },
    // BT-25 without BT-26: our numbers are unique, and the library writes BT-26 as udt: where
    // the CII schema wants qdt:DateTimeString.
    ...(doc.cancels ? { "cac:BillingReference": [{ "cac:InvoiceDocumentReference": { "cbc:ID": doc.cancels.number } }] } : {}),
    "cac:AccountingSupplierParty": {
      "cac:Party": {
        "cbc:EndpointID": seller.email,
        "cbc:EndpointID@schemeID": "EM",
        "cac:PartyName": { "cbc:Name": seller.name },
        "cac:PostalAddress": {
          "cbc:StreetName": seller.street,
          "cbc:CityName": seller.city,
          "cbc:PostalZone": seller.postalCode,
          "cac:Country": { "cbc:IdentificationCode": seller.countryCode },
        },
        // BT-31 and BT-32; "FC" makes the library write the tax number with schemeID FC.
        "cac:PartyTaxScheme": [
          ...(seller.vatId ? [{ "cbc:CompanyID": seller.vatId, "cac:TaxScheme": VAT }] : []),
          ...(seller.taxNumber ? [{ "cbc:CompanyID": seller.taxNumber, "cac:TaxScheme": { "cbc:ID": "FC" } }] : []),
        ] as Ubl["cac:AccountingSupplierParty"]["cac:Party"]["cac:PartyTaxScheme"],
        "cac:PartyLegalEntity": { "cbc:RegistrationName": seller.name },
        "cac:Contact": { "cbc:Name": "Buchhaltung", "cbc:Telephone": seller.phone, "cbc:ElectronicMail": seller.email },
      },
    },
    "cac:AccountingCustomerParty": {
      "cac:Party": {
        "cbc:EndpointID": buyer.billingEmail,
        "cbc:EndpointID@schemeID": "EM",
        ...(buyer.customerNumber ? { "cac:PartyIdentification": { "cbc:ID": buyer.customerNumber } } : {}),
        "cac:PostalAddress": {
          "cbc:StreetName": buyer.street,
          "cbc:CityName": buyer.city,
          "cbc:PostalZone": buyer.postalCode,
          "cac:Country": { "cbc:IdentificationCode": buyer.countryCode },
        },
        ...(buyer.vatId ? { "cac:PartyTaxScheme": { "cbc:CompanyID": buyer.vatId, "cac:TaxScheme": VAT } } : {}),
        "cac:PartyLegalEntity": { "cbc:RegistrationName": buyer.name },
      },
    },
    // The CII schema requires ApplicableHeaderTradeDelivery, which the library only writes from a
    // delivery: the place of the service is the practice's country.
    "cac:Delivery": { "cac:DeliveryLocation": { "cac:Address": { "cac:Country": { "cbc:IdentificationCode": buyer.countryCode } } } },
    // BT-90, the creditor id a direct debit needs, sits on the payee in CII; the payee is us.
    ...(payment.method === "sepa_direct_debit"
      ? {
          "cac:PayeeParty": {
            "cac:PartyIdentification": { "cbc:ID": seller.sepaCreditorId, "cbc:ID@schemeID": "SEPA" },
            "cac:PartyName": { "cbc:Name": seller.name },
          },
        }
      : {}),
    "cac:PaymentMeans": [paymentMeans(doc)],
    "cac:PaymentTerms": { "cbc:Note": paymentTermsText(doc) },
    "cac:TaxTotal": [
      {
        "cbc:TaxAmount": amount(doc.tax.amountCents),
        "cbc:TaxAmount@currencyID": CURRENCY,
        "cac:TaxSubtotal": [
          {
            "cbc:TaxableAmount": amount(doc.netCents),
            "cbc:TaxableAmount@currencyID": CURRENCY,
            "cbc:TaxAmount": amount(doc.tax.amountCents),
            "cbc:TaxAmount@currencyID": CURRENCY,
            "cac:TaxCategory":
              doc.tax.kind === "reverse_charge"
                ? { ...category, "cbc:TaxExemptionReasonCode": "VATEX-EU-AE", "cbc:TaxExemptionReason": REVERSE_CHARGE_NOTE }
                : category,
          },
        ],
      },
    ],
    "cac:LegalMonetaryTotal": {
      "cbc:LineExtensionAmount": amount(doc.netCents),
      "cbc:LineExtensionAmount@currencyID": CURRENCY,
      "cbc:TaxExclusiveAmount": amount(doc.netCents),
      "cbc:TaxExclusiveAmount@currencyID": CURRENCY,
      "cbc:TaxInclusiveAmount": amount(doc.grossCents),
      "cbc:TaxInclusiveAmount@currencyID": CURRENCY,
      "cbc:PayableAmount": amount(doc.grossCents),
      "cbc:PayableAmount@currencyID": CURRENCY,
    },
    "cac:InvoiceLine": doc.lines.map((line) => invoiceLine(doc, line)) as Ubl["cac:InvoiceLine"],
  };
  return { "ubl:Invoice": ubl };
}
