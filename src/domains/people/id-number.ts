import * as clock from '../../shared/clock.js';

/** 公民身份号码 (GB 11643-1999): 17 digits and a check character (0–9 or X). */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checks = '10X98765432';

export function normaliseIdNumber(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return checks[sum % 11]!;
}

export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1800 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day || birth > clock.now())
    return false;
  return idNumberCheckCharacter(id.slice(0, 17)) === id[17];
}

/** What every screen shows: the first four and last four characters, e.g. 3211**********123X. */
export function maskIdNumber(id: string | null): string | null {
  if (!id) return id;
  return `${id.slice(0, 4)}${'*'.repeat(Math.max(0, id.length - 8))}${id.slice(-4)}`;
}
