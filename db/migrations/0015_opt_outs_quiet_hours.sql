CREATE TABLE "opt_outs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"number" text NOT NULL,
	"reply_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opt_outs_practice_number_unique" UNIQUE("practice_id","number")
);
--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "held_for_quiet_hours" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "quiet_hours_start" smallint;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "quiet_hours_end" smallint;--> statement-breakpoint
ALTER TABLE "opt_outs" ADD CONSTRAINT "opt_outs_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opt_outs" ADD CONSTRAINT "opt_outs_reply_id_inbound_messages_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."inbound_messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opt_outs_practice_created_idx" ON "opt_outs" USING btree ("practice_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_quiet_hours_check" CHECK (("practices"."quiet_hours_start" is null and "practices"."quiet_hours_end" is null) or
        ("practices"."quiet_hours_start" between 0 and 1439 and "practices"."quiet_hours_end" between 0 and 1439 and "practices"."quiet_hours_start" <> "practices"."quiet_hours_end"));