ALTER TABLE "work_calendar" ADD COLUMN "source" text DEFAULT 'staff' NOT NULL;--> statement-breakpoint
ALTER TABLE "work_calendar" ADD CONSTRAINT "work_calendar_source" CHECK ("work_calendar"."source" IN ('official', 'staff'));--> statement-breakpoint
-- 2026's days came with the schema (0017) from the State Council's notice: they are the official arrangement.
UPDATE "work_calendar" SET "source" = 'official' WHERE "day" BETWEEN '2026-01-01' AND '2026-12-31';
