/** 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet, the last a check character. */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Upper-cases and strips spaces and dashes, as people type and paste codes. */
export function normaliseUscc(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** The check character for the first 17 characters, or undefined when they hold a character outside the alphabet. */
export function usccCheckCharacter(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = alphabet.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * weights[i]!;
  }
  return alphabet[(31 - (sum % 31)) % 31];
}

export function isValidUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  if (!/^[0-9]{6}$/.test(code.slice(2, 8))) return false; // 登记管理机关行政区划码
  return usccCheckCharacter(code.slice(0, 17)) === code[17];
}
