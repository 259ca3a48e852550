// RFC 6238 time-based one-time passwords (HMAC-SHA-1, 30 s steps, 6 digits) and RFC 4648 base32,
// on node:crypto; verification accepts the step before and after for clock drift.
import { createHmac, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error(`Not base32: "${char}"`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export interface TotpOptions {
  digits?: number;
  stepSeconds?: number;
  algorithm?: 'sha1' | 'sha256' | 'sha512';
}

/** The code for a moment (unix seconds). */
export function totpAt(secret: Uint8Array, unixSeconds: number, options: TotpOptions = {}): string {
  const digits = options.digits ?? 6;
  const counter = Math.floor(unixSeconds / (options.stepSeconds ?? 30));
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(options.algorithm ?? 'sha1', secret)
    .update(message)
    .digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, '0');
}

/** True when the code matches the current step or one step either side. */
export function verifyTotp(secret: Uint8Array, code: string, unixSeconds: number): boolean {
  const given = Buffer.from(code.replace(/\s/g, ''));
  if (given.length !== 6) return false;
  return [-30, 0, 30].some((drift) => timingSafeEqual(Buffer.from(totpAt(secret, unixSeconds + drift)), given));
}

/** The otpauth:// URI authenticator apps read (as a QR code or pasted). */
export const totpUri = (secretBase32: string, account: string, issuer = 'microreach') =>
  `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(account)}?secret=${secretBase32}&issuer=${encodeURIComponent(issuer)}`;
