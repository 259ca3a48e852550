// RFC 6238 Appendix B test vectors (SOURCE: https://www.rfc-editor.org/rfc/rfc6238#appendix-B, table
// copied as published: seeds are the ASCII strings of the RFC's reference code, 8 digits, 30 s steps).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, totpAt, totpUri, verifyTotp } from '../../../src/core/access/totp.ts';

const SEEDS = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
};

const VECTORS: [number, 'sha1' | 'sha256' | 'sha512', string][] = [
  [59, 'sha1', '94287082'],
  [59, 'sha256', '46119246'],
  [59, 'sha512', '90693936'],
  [1111111109, 'sha1', '07081804'],
  [1111111109, 'sha256', '68084774'],
  [1111111109, 'sha512', '25091201'],
  [1111111111, 'sha1', '14050471'],
  [1111111111, 'sha256', '67062674'],
  [1111111111, 'sha512', '99943326'],
  [1234567890, 'sha1', '89005924'],
  [1234567890, 'sha256', '91819424'],
  [1234567890, 'sha512', '93441116'],
  [2000000000, 'sha1', '69279037'],
  [2000000000, 'sha256', '90698825'],
  [2000000000, 'sha512', '38618901'],
  [20000000000, 'sha1', '65353130'],
  [20000000000, 'sha256', '77737706'],
  [20000000000, 'sha512', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(VECTORS)('at %i with %s gives %s', (time, algorithm, code) => {
    expect(totpAt(SEEDS[algorithm], time, { digits: 8, algorithm })).toBe(code);
  });

  it('accepts the current step and one either side, nothing further', () => {
    const now = 1_700_000_000;
    const code = totpAt(SEEDS.sha1, now);
    expect(verifyTotp(SEEDS.sha1, code, now)).toBe(true);
    expect(verifyTotp(SEEDS.sha1, code, now + 30)).toBe(true);
    expect(verifyTotp(SEEDS.sha1, code, now - 30)).toBe(true);
    expect(verifyTotp(SEEDS.sha1, code, now + 90)).toBe(false);
    expect(verifyTotp(SEEDS.sha1, '12345', now)).toBe(false);
  });

  it('base32 round-trips any bytes (RFC 4648) and decodes the RFC example', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI======').toString()).toBe('foobar');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect([...base32Decode(base32Encode(bytes))]).toEqual([...bytes]);
      }),
    );
  });

  it('builds the otpauth URI authenticator apps read', () => {
    expect(totpUri('MZXW6YTBOI', 'ann@brand.test')).toBe(
      'otpauth://totp/microreach:ann%40brand.test?secret=MZXW6YTBOI&issuer=microreach',
    );
  });
});
