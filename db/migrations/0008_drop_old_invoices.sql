DROP TABLE "invoice_lines" CASCADE;--> statement-breakpoint
DROP TABLE "invoices" CASCADE;--> statement-breakpoint
DROP TYPE "public"."invoice_status";