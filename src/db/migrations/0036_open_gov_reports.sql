CREATE TABLE "open_gov_reports" (
	"year" integer PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"narrative" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"entered" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"snapshot" jsonb,
	"finalised_at" timestamp with time zone,
	"finalised_by" integer,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "open_gov_reports_status" CHECK ("open_gov_reports"."status" IN ('draft', 'final')),
	CONSTRAINT "open_gov_reports_final_frozen" CHECK ("open_gov_reports"."status" = 'draft' OR "open_gov_reports"."snapshot" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "open_gov_reports" ADD CONSTRAINT "open_gov_reports_finalised_by_users_id_fk" FOREIGN KEY ("finalised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open_gov_reports" ADD CONSTRAINT "open_gov_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;