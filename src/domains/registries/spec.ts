import type { Role } from '../../shared/roles.js';

/**
 * A registry described once — its fields, key and who may do what — and read by the server (validation,
 * queries, import, export) and by the web (list columns, filters, forms), so the two cannot drift apart.
 * Labels live in the locales under registry.<name>.fields.<key>; the Chinese label is also an import header.
 */
export type FieldType =
  | 'text'
  | 'longtext'
  | 'date'
  | 'money'
  | 'integer'
  | 'year'
  | 'select'
  | 'boolean'
  | 'org'
  | 'jurisdiction'
  | 'section'
  | 'outlet'
  | 'project'
  | 'url';

export interface FieldSpec {
  key: string;
  type: FieldType;
  required?: boolean;
  /** The values of a select; their labels are registry.<name>.options.<key>.<value>. */
  options?: readonly string[];
  /** Further import headers this field goes by. */
  aliases?: readonly string[];
  /** Hidden from the list's columns (still in forms, import and export). */
  hideInList?: boolean;
  /** A list column only on wide screens (1600 px and up), so that at 1366 px the rest fit without scrolling. */
  wideOnly?: boolean;
  /** Offered as a list filter. */
  filter?: boolean;
  max?: number;
  /** Set by bureau staff only (e.g. a check mark on a figure an applicant reported). */
  staffOnly?: boolean;
  /** What an import takes when the sheet has no such column or leaves the cell empty (an option's value). */
  default?: string;
  /** The date a record lapses on: records due within `expiringDays` are listed with ?expiring=true and in the to-do list. */
  expires?: boolean;
}

/** How far ahead a lapse is announced. */
export const expiringDays = 90;

export const registryNames = ['platforms', 'qualifications', 'cooperations', 'funds', 'publicity'] as const;
export type RegistryName = (typeof registryNames)[number];

export interface RegistrySpec {
  name: RegistryName;
  fields: readonly FieldSpec[];
  /** The fields that identify a record: importing the same row twice finds it again. */
  naturalKey: readonly string[];
  /** The field shown as the record's name and searched by any substring. */
  titleField: string;
  /** The date or year field behind the list's year filter. */
  yearField: string;
  /** A record may carry one file (the article itself, say), uploaded and downloaded on its own route. */
  attachment?: boolean;
  readers: readonly Role[];
  /** Roles that add and edit records; an applicant only for its own organisation. */
  writers: readonly Role[];
}
