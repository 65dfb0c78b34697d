-- Issued invoices and cancellations never change and are kept 8 years (§14 UStG, §147 AO). The one
-- bookkeeping allowed: the rendered PDF, its SHA-256 and the XML are stored once, the e-mail and the
-- payment are recorded once. Deleting is refused until retain_until has passed.
CREATE FUNCTION "invoices_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.retain_until < current_date THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'invoice % is kept until % and cannot be deleted', OLD.number, OLD.retain_until;
  END IF;
  IF (to_jsonb(NEW) - ARRAY['pdf', 'pdf_sha256', 'xml', 'emailed_at', 'status', 'paid_at']::text[])
       IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['pdf', 'pdf_sha256', 'xml', 'emailed_at', 'status', 'paid_at']::text[])
     OR (OLD.pdf IS NOT NULL AND NEW.pdf IS DISTINCT FROM OLD.pdf)
     OR (OLD.pdf_sha256 IS NOT NULL AND NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256)
     OR (OLD.xml IS NOT NULL AND NEW.xml IS DISTINCT FROM OLD.xml)
     OR (OLD.emailed_at IS NOT NULL AND NEW.emailed_at IS DISTINCT FROM OLD.emailed_at)
     OR (OLD.paid_at IS NOT NULL AND NEW.paid_at IS DISTINCT FROM OLD.paid_at)
     OR ((NEW.status = 'paid') <> (NEW.paid_at IS NOT NULL)) THEN
    RAISE EXCEPTION 'invoice % is issued and cannot be changed', OLD.number;
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "invoices_immutable" BEFORE UPDATE OR DELETE ON "invoices" FOR EACH ROW EXECUTE FUNCTION "invoices_immutable"();--> statement-breakpoint
-- Lines and location statements belong to their invoice: never changed, deleted only with it.
CREATE FUNCTION "invoice_parts_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM "invoices" WHERE "id" = OLD.invoice_id AND "retain_until" < current_date) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% of an issued invoice cannot be changed', TG_TABLE_NAME;
END
$$;--> statement-breakpoint
CREATE TRIGGER "invoice_lines_immutable" BEFORE UPDATE OR DELETE ON "invoice_lines" FOR EACH ROW EXECUTE FUNCTION "invoice_parts_immutable"();--> statement-breakpoint
CREATE TRIGGER "invoice_location_statements_immutable" BEFORE UPDATE OR DELETE ON "invoice_location_statements" FOR EACH ROW EXECUTE FUNCTION "invoice_parts_immutable"();--> statement-breakpoint
-- The pool forgets a practice when its reply number is released; the reply-number fee needs to
-- know who held which number in a month, so every assignment and release is recorded here.
CREATE FUNCTION "reply_number_holdings_record"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.practice_id IS NOT NULL AND NEW.practice_id IS DISTINCT FROM OLD.practice_id THEN
    UPDATE "reply_number_holdings" SET "held_until" = greatest(coalesce(OLD.release_at, now()), "held_from")
    WHERE "practice_id" = OLD.practice_id AND "number" = OLD.number AND "held_until" IS NULL;
  END IF;
  IF NEW.practice_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.practice_id IS DISTINCT FROM OLD.practice_id) THEN
    INSERT INTO "reply_number_holdings" ("practice_id", "number", "held_from")
    VALUES (NEW.practice_id, NEW.number, coalesce(NEW.assigned_at, now()));
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "reply_number_holdings_record" AFTER INSERT OR UPDATE OF "practice_id" ON "reply_numbers" FOR EACH ROW EXECUTE FUNCTION "reply_number_holdings_record"();--> statement-breakpoint
INSERT INTO "reply_number_holdings" ("practice_id", "number", "held_from")
SELECT "practice_id", "number", coalesce("assigned_at", "created_at") FROM "reply_numbers" WHERE "practice_id" IS NOT NULL;
