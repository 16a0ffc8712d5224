/** A form rule that applies only when the item goes to review (a draft may be saved incomplete). */
export interface NeededRule {
  validator(rule: unknown, value: unknown): Promise<void>;
}

const blank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && !value.trim()) ||
  (Array.isArray(value) && value.every(blank));

/** Required for review: blank fails while `strict()` says a submission is being checked. */
export function neededRule(strict: () => boolean, message: string): NeededRule {
  return {
    validator: async (_rule, value) => {
      if (strict() && blank(value)) throw new Error(message);
    },
  };
}
