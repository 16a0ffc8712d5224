import { Secret, TOTP } from 'otpauth';

/** RFC 6238 time-based one-time passwords (SHA-1, 30 s, 6 digits), as every authenticator app speaks. */
const period = 30;
const totpOf = (secret: string, label = 'KeGuan') =>
  new TOTP({ issuer: 'KeGuan', label, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secret) });

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpAt(secret: string, time: number): string {
  return totpOf(secret).generate({ timestamp: time });
}

/**
 * The time step a code belongs to, accepting its neighbours (±30 s of clock drift), or undefined when the
 * code is wrong. The caller remembers the step it accepted last, so that a code works once.
 */
export function totpStep(secret: string, code: string, now = Date.now()): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totpOf(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? undefined : TOTP.counter({ period, timestamp: now }) + delta;
}

export function totpUri(secret: string, username: string): string {
  return totpOf(secret, username).toString();
}
