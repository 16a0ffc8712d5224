import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { projects } from '../../db/tables/index.js';

/**
 * 编号规则: literal letters and digits with {year} (the call's year), {code} (the programme's code) and one
 * {seq:N} (a serial of at least N digits, counted per everything before and after it). SB{year}{code}{seq:4}
 * gives SB2026NY0001, SB2026NY0002 … The serial only ever goes up, so a number is never handed out twice,
 * even for an application later withdrawn.
 */
export const numberRule = z
  .string()
  .trim()
  .max(60)
  .regex(/^(?:[A-Za-z0-9\-_]|\{year\}|\{code\}|\{seq(?::[1-9])?\})+$/, 'letters, digits, - _ and {year} {code} {seq:N}')
  .refine((rule) => (rule.match(/\{seq(?::[1-9])?\}/g) ?? []).length === 1, {
    message: 'exactly one {seq} or {seq:N}',
  });

export const defaultApplicationNoRule = 'SB{year}{code}{seq:4}';
export const defaultProjectCodeRule = '{year}{code}{seq:4}';

/** The code a programme's numbers carry when staff set none: the category's customary letters. */
export const categoryCodes = {
  agriculture: 'NY',
  social_development: 'SF',
  industry: 'GY',
  talent: 'RC',
  platform: 'PT',
  ip: 'ZL',
  soft_science: 'RK',
  cooperation: 'HZ',
} as const;

export interface NumberContext {
  year: number;
  code: string;
}

const seqToken = /\{seq(?::([1-9]))?\}/;

/** The rule with {year} and {code} filled: the sequence's key, and what each number is built from. */
function prefixOf(rule: string, context: NumberContext): string {
  return rule.replaceAll('{year}', String(context.year)).replaceAll('{code}', context.code);
}

function renderNumber(rule: string, context: NumberContext, serial: number): string {
  return prefixOf(rule, context).replace(seqToken, (_, width: string | undefined) =>
    String(serial).padStart(Number(width ?? 4), '0'),
  );
}

/**
 * The next free number of a rule, for the column it goes in. The sequence row is taken under its lock, so two
 * first submissions at the same moment wait for each other and get consecutive numbers; a number already
 * taken (a rule changed back and forth) is skipped.
 */
export async function nextNumber(
  tx: DbOrTx,
  column: 'applicationNo' | 'code',
  rule: string,
  context: NumberContext,
): Promise<string> {
  const key = `${column}:${prefixOf(rule, context)}`;
  for (;;) {
    const [row] = await tx
      .execute<{ last: number }>(
        sql`INSERT INTO number_sequences (prefix, last) VALUES (${key}, 1) ON CONFLICT (prefix) DO UPDATE SET last = number_sequences.last + 1 RETURNING last`,
      )
      .then((r) => r.rows);
    const candidate = renderNumber(rule, context, row!.last);
    const [taken] = await tx.select({ id: projects.id }).from(projects).where(eq(projects[column], candidate));
    if (!taken) return candidate;
  }
}
