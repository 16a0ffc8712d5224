import { bigint, index, integer, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { orgs } from './orgs.js';
import { users } from './users.js';

export const orgDocumentKind = pgEnum('org_document_kind', ['business_licence', 'certificate', 'other']);

/** An uploaded file; content lives in storage under its SHA-256, so identical uploads share bytes. */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mediaType: text('media_type').notNull(),
    originalName: text('original_name').notNull(),
    orgId: integer('org_id').references(() => orgs.id),
    kind: orgDocumentKind('kind').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('stored_files_org_idx').on(t.orgId)],
);
