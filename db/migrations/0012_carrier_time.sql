CREATE TYPE "public"."sepa_sequence_type" AS ENUM('FRST', 'RCUR');--> statement-breakpoint
CREATE TABLE "sepa_collections" (
	"invoice_id" uuid PRIMARY KEY NOT NULL,
	"mandate_reference" text NOT NULL,
	"sequence_type" "sepa_sequence_type" NOT NULL,
	"collection_date" date NOT NULL,
	"exported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inbound_messages" ADD COLUMN "carrier_time" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "message_status_events" ADD COLUMN "carrier_time" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sepa_collections" ADD CONSTRAINT "sepa_collections_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sepa_collections_mandate_idx" ON "sepa_collections" USING btree ("mandate_reference");