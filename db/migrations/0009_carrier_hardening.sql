CREATE TABLE "simulator_messages" (
	"message_id" text PRIMARY KEY NOT NULL,
	"carrier_message_id" text,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "simulator_messages_carrier_message_id_unique" UNIQUE("carrier_message_id")
);
--> statement-breakpoint
CREATE TABLE "simulator_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "simulator_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"carrier_message_id" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"payload" jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "reconciled_checks" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "simulator_outbox_due_idx" ON "simulator_outbox" USING btree ("due_at") WHERE "simulator_outbox"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "simulator_outbox_carrier_message_idx" ON "simulator_outbox" USING btree ("carrier_message_id");