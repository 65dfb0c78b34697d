ALTER TABLE "daily_usage" ADD COLUMN "delivered" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "daily_usage" ADD COLUMN "undelivered" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "messages_final_idx" ON "messages" USING btree ("final_at");--> statement-breakpoint
-- Existing days learn their outcomes from the messages, which are kept (only their texts are erased).
UPDATE "daily_usage" u SET "delivered" = c.delivered, "undelivered" = c.undelivered
FROM (
  SELECT practice_id, location_id, (created_at at time zone 'Europe/Berlin')::date AS day,
         count(*) FILTER (WHERE status = 'delivered') AS delivered,
         count(*) FILTER (WHERE status = 'undelivered') AS undelivered
  FROM messages WHERE status <> 'cancelled' GROUP BY 1, 2, 3
) c
WHERE u.practice_id = c.practice_id AND u.location_id IS NOT DISTINCT FROM c.location_id AND u.day = c.day;
