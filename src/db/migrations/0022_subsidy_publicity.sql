CREATE TABLE "patent_subsidy_policies" (
	"year" integer PRIMARY KEY NOT NULL,
	"claim_window_months" integer DEFAULT 12 NOT NULL,
	"section_code" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "patent_subsidy_batches" ALTER COLUMN "paid_on" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "orgs" ADD COLUMN "bank_name" text;--> statement-breakpoint
ALTER TABLE "orgs" ADD COLUMN "bank_account" text;--> statement-breakpoint
ALTER TABLE "patent_subsidy_batches" ADD COLUMN "state" text DEFAULT 'publicity' NOT NULL;--> statement-breakpoint
ALTER TABLE "patent_subsidy_policies" ADD CONSTRAINT "patent_subsidy_policies_section_code_sections_code_fk" FOREIGN KEY ("section_code") REFERENCES "public"."sections"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Batches so far were recorded when paid.
UPDATE "patent_subsidy_batches" SET "state" = 'paid';--> statement-breakpoint
-- Each year with rates gets its policy: claims within 12 months, decided by the intellectual-property section where there is one.
INSERT INTO "patent_subsidy_policies" ("year", "section_code")
  SELECT DISTINCT r."year", (SELECT s."code" FROM "sections" s WHERE s."code" = 'ip') FROM "patent_subsidy_rates" r;
