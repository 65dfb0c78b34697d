CREATE TABLE "reply_numbers" (
	"number" text PRIMARY KEY NOT NULL,
	"practice_id" uuid,
	"assigned_at" timestamp with time zone,
	"release_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inbound_messages" ADD COLUMN "read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "sepa_mandate_reference" text;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "sepa_mandate_accepted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "sepa_mandate_version" text;--> statement-breakpoint
ALTER TABLE "reply_numbers" ADD CONSTRAINT "reply_numbers_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_sepa_mandate_reference_unique" UNIQUE("sepa_mandate_reference");