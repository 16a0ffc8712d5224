import { z } from 'zod';

/*
 * What a call asks of an application beyond the 申报书 template: its own form fields and its attachments.
 */

/** The key a field, a table column, an attachment or a review criterion is stored under. */
export const fieldKey = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'a letter, then letters, digits or _ (at most 40)');
const columnTypes = ['text', 'number', 'money', 'date'] as const;

/** A field staff add to a call's application form; applicants see a form built from it, the server checks against it. */
export const formField = z.object({
  key: fieldKey,
  label: z.string().trim().min(1).max(60),
  type: z.enum(['text', 'number', 'money', 'date', 'select', 'table']),
  required: z.boolean().default(false),
  options: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
  columns: z
    .array(z.object({ key: fieldKey, label: z.string().trim().min(1).max(60), type: z.enum(columnTypes) }))
    .max(20)
    .optional(),
  maxLength: z.number().int().min(1).max(20000).optional(),
});
export type FormField = z.infer<typeof formField>;

export const attachmentSpec = z.object({
  key: fieldKey,
  name: z.string().trim().min(1).max(60),
  types: z.array(z.enum(['.pdf', '.png', '.jpg', '.jpeg', '.docx', '.xlsx'])).min(1),
  // Uploads stop at 20 MB whatever a call says (the server's multipart limit).
  maxBytes: z
    .number()
    .int()
    .min(1024)
    .max(20 * 1024 * 1024),
  required: z.boolean().default(false),
});

export type AttachmentSpec = z.infer<typeof attachmentSpec>;
