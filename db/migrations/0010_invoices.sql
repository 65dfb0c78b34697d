CREATE TYPE "public"."invoice_kind" AS ENUM('invoice', 'cancellation');--> statement-breakpoint
CREATE TYPE "public"."invoice_payment_method" AS ENUM('sepa_direct_debit', 'bank_transfer');--> statement-breakpoint
CREATE TYPE "public"."invoice_status" AS ENUM('issued', 'paid');--> statement-breakpoint
CREATE TYPE "public"."invoice_tax_kind" AS ENUM('standard', 'reverse_charge');--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_code" text NOT NULL,
	"unit_price_cents" integer NOT NULL,
	"total_cents" integer NOT NULL,
	CONSTRAINT "invoice_lines_invoice_position_unique" UNIQUE("invoice_id","position")
);
--> statement-breakpoint
CREATE TABLE "invoice_location_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"location_id" uuid,
	"location_code" text,
	"location_name" text,
	"messages" integer NOT NULL,
	"parts" integer NOT NULL,
	"amount_cents" integer NOT NULL,
	CONSTRAINT "invoice_location_statements_invoice_position_unique" UNIQUE("invoice_id","position")
);
--> statement-breakpoint
CREATE TABLE "invoice_number_sequences" (
	"year" integer PRIMARY KEY NOT NULL,
	"last_number" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"kind" "invoice_kind" DEFAULT 'invoice' NOT NULL,
	"cancels_invoice_id" uuid,
	"cancellation_reason" text,
	"number" text NOT NULL,
	"issue_date" date NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"reissue" integer DEFAULT 0 NOT NULL,
	"customer_number" text NOT NULL,
	"buyer_name" text NOT NULL,
	"buyer_street" text NOT NULL,
	"buyer_postal_code" text NOT NULL,
	"buyer_city" text NOT NULL,
	"buyer_country" text NOT NULL,
	"buyer_vat_id" text,
	"billing_email" text NOT NULL,
	"net_cents" integer NOT NULL,
	"tax_kind" "invoice_tax_kind" NOT NULL,
	"vat_rate_percent" integer NOT NULL,
	"vat_cents" integer NOT NULL,
	"gross_cents" integer NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"payment_method" "invoice_payment_method" NOT NULL,
	"mandate_reference" text,
	"mandate_signed_on" date,
	"debtor_iban" text,
	"debtor_account_holder" text,
	"debit_date" date,
	"due_date" date,
	"document" jsonb NOT NULL,
	"pdf" "bytea",
	"pdf_sha256" text,
	"xml" text,
	"emailed_at" timestamp with time zone,
	"status" "invoice_status" DEFAULT 'issued' NOT NULL,
	"paid_at" timestamp with time zone,
	"retain_until" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_number_unique" UNIQUE("number"),
	CONSTRAINT "invoices_cancels_invoice_unique" UNIQUE("cancels_invoice_id")
);
--> statement-breakpoint
CREATE TABLE "reply_number_holdings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"number" text NOT NULL,
	"held_from" timestamp with time zone NOT NULL,
	"held_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_location_statements" ADD CONSTRAINT "invoice_location_statements_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_cancels_invoice_id_invoices_id_fk" FOREIGN KEY ("cancels_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_number_holdings" ADD CONSTRAINT "reply_number_holdings_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_practice_period_unique" ON "invoices" USING btree ("practice_id","period_start","reissue") WHERE "invoices"."kind" = 'invoice';--> statement-breakpoint
CREATE INDEX "invoices_practice_issue_idx" ON "invoices" USING btree ("practice_id","issue_date" DESC NULLS LAST,"number" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "invoices_unsent_idx" ON "invoices" USING btree ("created_at") WHERE "invoices"."emailed_at" is null;--> statement-breakpoint
CREATE INDEX "reply_number_holdings_practice_idx" ON "reply_number_holdings" USING btree ("practice_id","held_from");