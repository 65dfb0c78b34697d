DROP INDEX "messages_practice_created_idx";--> statement-breakpoint
CREATE INDEX "inbound_messages_in_reply_to_idx" ON "inbound_messages" USING btree ("in_reply_to_message_id");--> statement-breakpoint
CREATE INDEX "messages_practice_recipient_created_idx" ON "messages" USING btree ("practice_id","recipient","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "messages_practice_waiting_idx" ON "messages" USING btree ("practice_id","send_at","id") WHERE "messages"."status" in ('pending', 'queued');--> statement-breakpoint
CREATE INDEX "messages_practice_created_idx" ON "messages" USING btree ("practice_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);