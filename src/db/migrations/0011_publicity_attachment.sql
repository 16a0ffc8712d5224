ALTER TABLE "publicity" ADD COLUMN "attachment_sha256" text;--> statement-breakpoint
ALTER TABLE "publicity" ADD COLUMN "attachment_name" text;--> statement-breakpoint
ALTER TABLE "publicity" ADD COLUMN "attachment_type" text;--> statement-breakpoint
ALTER TABLE "publicity" ADD COLUMN "attachment_size" bigint;