import { integer, timestamp } from 'drizzle-orm/pg-core';

/** created_at, updated_at and version (optimistic locking) for rows that people edit. */
export const editable = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
};
