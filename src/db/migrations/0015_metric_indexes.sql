DROP INDEX "patents_jurisdiction_idx";--> statement-breakpoint
DROP INDEX "projects_call_idx";--> statement-breakpoint
CREATE INDEX "patent_subsidy_claims_year_idx" ON "patent_subsidy_claims" USING btree ("year","state","amount_fen","org_id");--> statement-breakpoint
CREATE INDEX "patents_jurisdiction_filed_idx" ON "patents" USING btree ("jurisdiction_code","filed_on");--> statement-breakpoint
CREATE INDEX "patents_jurisdiction_granted_idx" ON "patents" USING btree ("jurisdiction_code","granted_on");--> statement-breakpoint
CREATE INDEX "cooperations_signed_idx" ON "cooperations" USING btree ("signed_on","amount_fen","jurisdiction_code");--> statement-breakpoint
CREATE INDEX "platforms_recognized_idx" ON "platforms" USING btree ("recognized_on");--> statement-breakpoint
CREATE INDEX "qualifications_issued_idx" ON "qualifications" USING btree ("issued_on");--> statement-breakpoint
CREATE INDEX "projects_call_idx" ON "projects" USING btree ("call_id","state","approved_fen","org_id");