CREATE TABLE "api_rate_limits" (
	"api_key_id" uuid NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"shard" smallint DEFAULT 0 NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "api_rate_limits_api_key_id_window_start_shard_pk" PRIMARY KEY("api_key_id","window_start","shard")
);
--> statement-breakpoint
CREATE TABLE "webhook_nonces" (
	"carrier" text NOT NULL,
	"nonce" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_nonces_carrier_nonce_pk" PRIMARY KEY("carrier","nonce")
);
--> statement-breakpoint
ALTER TABLE "inbound_messages" ADD COLUMN "forward_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "reply_number" text;--> statement-breakpoint
ALTER TABLE "api_rate_limits" ADD CONSTRAINT "api_rate_limits_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "messages_practice_updated_idx" ON "messages" USING btree ("practice_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "messages_awaiting_report_idx" ON "messages" USING btree ("handed_over_at") WHERE "messages"."status" in ('sent', 'buffered');