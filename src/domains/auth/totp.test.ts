import { describe, expect, it } from 'vitest';
import { newTotpSecret, totpAt, totpStep, totpUri } from './totp.js';

// RFC 6238 appendix B, SHA-1 seed "12345678901234567890" in base32; the RFC shows 8 digits, we use the last 6.
const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC test vectors', () => {
    expect(totpAt(rfcSecret, 59_000)).toBe('287082');
    expect(totpAt(rfcSecret, 1_111_111_109_000)).toBe('081804');
    expect(totpAt(rfcSecret, 1_234_567_890_000)).toBe('005924');
    expect(totpAt(rfcSecret, 2_000_000_000_000)).toBe('279037');
  });

  it('accepts the neighbouring steps for clock drift, naming the step each belongs to, nothing further', () => {
    const now = 1_700_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(totpStep(rfcSecret, totpAt(rfcSecret, now), now)).toBe(step);
    expect(totpStep(rfcSecret, totpAt(rfcSecret, now - 30_000), now)).toBe(step - 1);
    expect(totpStep(rfcSecret, totpAt(rfcSecret, now + 30_000), now)).toBe(step + 1);
    expect(totpStep(rfcSecret, totpAt(rfcSecret, now - 90_000), now)).toBeUndefined();
    expect(totpStep(rfcSecret, 'abcdef', now)).toBeUndefined();
  });

  it('makes 160-bit secrets and an otpauth URI authenticator apps read', () => {
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(totpUri(rfcSecret, 'admin'));
    expect(`${uri.protocol}//${uri.host}${decodeURIComponent(uri.pathname)}`).toBe('otpauth://totp/KeGuan:admin');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      secret: rfcSecret,
      issuer: 'KeGuan',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});
