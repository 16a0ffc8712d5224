import { bigint, customType, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * Rate-limit counters, shared by every instance on the database: one row per key (a route and a session or
 * an address) and window. Unlogged: losing the counters in a crash only forgives a minute's requests.
 */
export const rateLimitHits = pgTable('rate_limit_hits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  resetsAt: timestamp('resets_at', { withTimezone: true }).notNull(),
});

/** Uploaded files' bytes, when they are kept in PostgreSQL (KEGUAN_FILE_STORE=database) so every instance reads them. */
export const fileBlobs = pgTable('file_blobs', {
  sha256: text('sha256').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  bytes: bytea('bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Documents on their way to PDF through the job queue: the asking instance writes the .docx, whichever
 * instance takes the job writes the PDF beside it, and the asker reads it and deletes the row. Unlogged:
 * a crash loses only conversions under way, which the asker then reports as failed.
 */
export const documentConversions = pgTable('document_conversions', {
  id: uuid('id').primaryKey().defaultRandom(),
  docx: bytea('docx').notNull(),
  pdf: bytea('pdf'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
