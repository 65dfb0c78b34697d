CREATE TYPE "public"."sender_kind" AS ENUM('name', 'number');--> statement-breakpoint
CREATE TABLE "installation_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_senders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"kind" "sender_kind" NOT NULL,
	"value" text NOT NULL,
	"verified_at" timestamp with time zone,
	"verification_code_hash" text,
	"verification_expires_at" timestamp with time zone,
	"verification_attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_senders_practice_kind_value_unique" UNIQUE("practice_id","kind","value")
);
--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "submitting" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_senders" ADD CONSTRAINT "practice_senders_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "practice_senders_name_unique" ON "practice_senders" USING btree (lower("value")) WHERE "practice_senders"."kind" = 'name';--> statement-breakpoint
CREATE INDEX "practice_senders_practice_idx" ON "practice_senders" USING btree ("practice_id");