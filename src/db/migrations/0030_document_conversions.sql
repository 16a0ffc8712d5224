-- Unlogged: only conversions under way live here (see src/db/schema/shared-state.ts).
CREATE UNLOGGED TABLE "document_conversions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"docx" "bytea" NOT NULL,
	"pdf" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
