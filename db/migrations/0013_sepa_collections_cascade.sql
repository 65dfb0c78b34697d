ALTER TABLE "sepa_collections" DROP CONSTRAINT "sepa_collections_invoice_id_invoices_id_fk";
--> statement-breakpoint
ALTER TABLE "sepa_collections" ADD CONSTRAINT "sepa_collections_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;