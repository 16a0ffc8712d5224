/** Account roles. `public` is a citizen's account (messages, follow-ups); anonymous callers have none. */
export const roles = ['public', 'applicant', 'liaison', 'staff', 'expert', 'leader', 'admin', 'auditor'] as const;
export type Role = (typeof roles)[number];

/** Roles whose login needs a TOTP second factor (三员: system administrator and security auditor). */
export const rolesNeedingTotp: readonly Role[] = ['admin', 'auditor'];
