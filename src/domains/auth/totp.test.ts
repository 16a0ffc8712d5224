import { describe, expect, it } from 'vitest';
import { newTotpSecret, totpAt, totpUri, verifyTotp } from './totp.js';

// RFC 6238 appendix B, SHA-1 seed "12345678901234567890" in base32; the RFC shows 8 digits, we use the last 6.
const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC test vectors', () => {
    expect(totpAt(rfcSecret, 59_000)).toBe('287082');
    expect(totpAt(rfcSecret, 1_111_111_109_000)).toBe('081804');
    expect(totpAt(rfcSecret, 1_234_567_890_000)).toBe('005924');
    expect(totpAt(rfcSecret, 2_000_000_000_000)).toBe('279037');
  });

  it('accepts the neighbouring steps for clock drift, nothing further', () => {
    const now = 1_700_000_000_000;
    expect(verifyTotp(rfcSecret, totpAt(rfcSecret, now - 30_000), now)).toBe(true);
    expect(verifyTotp(rfcSecret, totpAt(rfcSecret, now + 30_000), now)).toBe(true);
    expect(verifyTotp(rfcSecret, totpAt(rfcSecret, now - 90_000), now)).toBe(false);
    expect(verifyTotp(rfcSecret, 'abcdef', now)).toBe(false);
  });

  it('makes 160-bit secrets and an otpauth URI authenticator apps read', () => {
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri(rfcSecret, 'admin')).toBe(
      `otpauth://totp/KeGuan%3Aadmin?secret=${rfcSecret}&issuer=KeGuan&algorithm=SHA1&digits=6&period=30`,
    );
  });
});
