CREATE TABLE "site_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portal_items" ADD COLUMN "title_grams" text[] GENERATED ALWAYS AS (keguan_grams(title)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "portal_items_title_grams_idx" ON "portal_items" USING gin ("title_grams");--> statement-breakpoint
CREATE INDEX "portal_items_published_idx" ON "portal_items" USING btree ("publish_at","id") WHERE "portal_items"."state" = 'published';--> statement-breakpoint
ALTER TABLE "portal_challenges" DROP COLUMN "answer";--> statement-breakpoint
-- Questions asked before this migration carried their answer here; none can be answered any more.
DELETE FROM "portal_challenges";--> statement-breakpoint
-- The key that signs check questions: random, made once per database.
INSERT INTO "site_secrets" ("name", "value") VALUES ('challenge', encode(sha256((random()::text || clock_timestamp()::text || random()::text)::bytea), 'hex'));
