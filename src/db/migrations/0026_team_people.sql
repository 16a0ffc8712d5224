ALTER TABLE "projects" ADD COLUMN "team_person_ids" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
CREATE INDEX "projects_team_idx" ON "projects" USING gin ("team_person_ids");--> statement-breakpoint
UPDATE "projects" SET "team_person_ids" = ARRAY(
  SELECT DISTINCT person FROM (
    SELECT ("application"->'leader'->>'personId')::integer AS person
    UNION SELECT (m->>'personId')::integer FROM jsonb_array_elements(CASE WHEN jsonb_typeof("application"->'members') = 'array' THEN "application"->'members' ELSE '[]'::jsonb END) m
  ) t WHERE person IS NOT NULL
) WHERE "application" IS NOT NULL;
