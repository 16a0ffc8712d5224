ALTER TABLE "portal_items" ADD COLUMN "index_no" text;--> statement-breakpoint
ALTER TABLE "portal_items" ADD COLUMN "topic" text;--> statement-breakpoint
CREATE UNIQUE INDEX "portal_items_index_no_idx" ON "portal_items" USING btree ("index_no");