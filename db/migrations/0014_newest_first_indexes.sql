DROP INDEX "inbound_messages_practice_received_idx";--> statement-breakpoint
DROP INDEX "invoices_practice_issue_idx";--> statement-breakpoint
DROP INDEX "messages_practice_created_idx";--> statement-breakpoint
DROP INDEX "messages_practice_recipient_created_idx";--> statement-breakpoint
DROP INDEX "audit_log_practice_idx";--> statement-breakpoint
CREATE INDEX "inbound_messages_practice_received_idx" ON "inbound_messages" USING btree ("practice_id","received_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "invoices_practice_issue_idx" ON "invoices" USING btree ("practice_id","issue_date" DESC NULLS FIRST,"number" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "messages_practice_created_idx" ON "messages" USING btree ("practice_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"status");--> statement-breakpoint
CREATE INDEX "messages_practice_recipient_created_idx" ON "messages" USING btree ("practice_id","recipient","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "audit_log_practice_idx" ON "audit_log" USING btree ("practice_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);