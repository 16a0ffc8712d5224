ALTER TABLE "portal_items" ADD COLUMN "live_noticed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "portal_items" ADD COLUMN "ended_noticed_at" timestamp with time zone;--> statement-breakpoint
-- What went live, or ended, before the publication job existed is not news to anyone.
UPDATE "portal_items" SET "live_noticed_at" = "publish_at" WHERE "state" = 'published' AND "publish_at" <= now();--> statement-breakpoint
UPDATE "portal_items" SET "ended_noticed_at" = now() WHERE "column" = 'publicity' AND "ends_on" < (now() AT TIME ZONE 'Asia/Shanghai')::date;
