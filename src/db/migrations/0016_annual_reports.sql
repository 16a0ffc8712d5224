CREATE TABLE "annual_report_versions" (
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"change" text NOT NULL,
	"section" text,
	"report" jsonb NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"saved_by" integer,
	CONSTRAINT "annual_report_versions_year_version_pk" PRIMARY KEY("year","version")
);
--> statement-breakpoint
CREATE TABLE "annual_reports" (
	"year" integer PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"narratives" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"snapshot" jsonb,
	"finalised_at" timestamp with time zone,
	"finalised_by" integer,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "annual_reports_status" CHECK ("annual_reports"."status" IN ('draft', 'final')),
	CONSTRAINT "annual_reports_final_has_snapshot" CHECK ("annual_reports"."status" = 'draft' OR "annual_reports"."snapshot" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "annual_report_versions" ADD CONSTRAINT "annual_report_versions_year_annual_reports_year_fk" FOREIGN KEY ("year") REFERENCES "public"."annual_reports"("year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_report_versions" ADD CONSTRAINT "annual_report_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_finalised_by_users_id_fk" FOREIGN KEY ("finalised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;