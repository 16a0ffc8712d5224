-- A counter per table of operational data, moved on by every statement that writes to it, in the writer's
-- transaction: figures computed from those tables can be kept for as long as the counters stand still.
CREATE TABLE "data_versions" (
  "table_name" text PRIMARY KEY,
  "version" bigint NOT NULL DEFAULT 0
);
--> statement-breakpoint
CREATE FUNCTION keguan_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_versions SET version = version + 1 WHERE table_name = TG_TABLE_NAME;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['orgs', 'programs', 'calls', 'projects', 'patents', 'patent_subsidy_claims', 'platforms', 'qualifications', 'cooperations', 'funds', 'publicity'] LOOP
    INSERT INTO data_versions (table_name) VALUES (t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION keguan_bump_data_version()', t || '_data_version', t);
  END LOOP;
END
$$;
