DROP INDEX "messages_carrier_id_idx";--> statement-breakpoint
DROP INDEX "messages_final_idx";--> statement-breakpoint
CREATE INDEX "messages_carrier_id_idx" ON "messages" USING btree ("carrier","carrier_message_id") WHERE "messages"."carrier_message_id" is not null;--> statement-breakpoint
CREATE INDEX "messages_final_idx" ON "messages" USING btree ("final_at") WHERE "messages"."final_at" is not null;