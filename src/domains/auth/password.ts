import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Why a password breaks the policy (length ≥ 10, three of four character classes), or undefined. */
export function passwordPolicyProblem(password: string): 'TOO_SHORT' | 'TOO_FEW_CLASSES' | undefined {
  if (password.length < 10) return 'TOO_SHORT';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  return classes < 3 ? 'TOO_FEW_CLASSES' : undefined;
}

export function hashPassword(password: string): Promise<string> {
  // @node-rs/argon2 hashes with argon2id by default; these costs are OWASP's minimum for argon2id.
  return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** A hash to verify against when the username is unknown, so timing does not tell which usernames exist. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-Never-Matches-1');
  return decoyHash;
}

/** A password that meets the policy (upper, lower, digits and a symbol), for accounts made or reset by a command. */
export function generatedPassword(): string {
  return `Kg-${randomBytes(9).toString('base64url').replace(/[-_]/g, 'x')}9a`;
}
