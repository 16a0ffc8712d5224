import * as clock from '../../shared/clock.js';

/**
 * 专利申请号 (CNIPA application numbers): since 2003 twelve digits — year, type, seven-digit serial — and a
 * check character; from 1985 to 2003 eight digits — two-digit year, type, five-digit serial — and one.
 * The check character is the weighted digit sum modulo 11, written 0–9 or X. People write the number with
 * or without "CN"/"ZL", with a dot before the check character, and with spaces: all are accepted and
 * normalised to "200810012345.6".
 */

export type PatentType = 'invention' | 'utility_model' | 'design';

const typeByDigit: Record<string, PatentType> = {
  '1': 'invention',
  '2': 'utility_model',
  '3': 'design',
  '8': 'invention',
  '9': 'utility_model',
};
const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

export function checkCharacter(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * weights[i]!;
  return '0123456789X'[sum % 11]!;
}

export interface ApplicationNumber {
  /** Normalised: the digits, a dot, the check character. */
  number: string;
  type: PatentType;
  year: number;
}

export type ApplicationNumberProblem = 'format' | 'year' | 'type' | 'check';

/** Parses and checks an application number; returns the problem when it is not a valid one. */
export function parseApplicationNumber(
  raw: string,
  thisYear = clock.thisYear(),
): ApplicationNumber | { problem: ApplicationNumberProblem } {
  const compact = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s.·。]/g, '')
    .replace(/^(CN|ZL)/, '');
  const match = /^(\d{8}|\d{12})([\dX])$/.exec(compact);
  if (!match) return { problem: 'format' };
  const [, digits, check] = match as unknown as [string, string, string];
  const modern = digits.length === 12;
  const year = modern
    ? Number(digits.slice(0, 4))
    : 1900 + Number(digits.slice(0, 2)) + (Number(digits.slice(0, 2)) < 85 ? 100 : 0);
  if (modern ? year < 2003 || year > thisYear : year < 1985 || year > 2003) return { problem: 'year' };
  const type = typeByDigit[digits[modern ? 4 : 2]!];
  if (!type) return { problem: 'type' };
  if (checkCharacter(digits) !== check) return { problem: 'check' };
  return { number: `${digits}.${check}`, type, year };
}
