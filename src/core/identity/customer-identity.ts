// Customer identity without keeping raw emails: SHA-256 of a normalised email or address. Used for
// "known customer" (rule 1) and the self-referral flag.
import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Trimmed, lower case; undefined when it is not an email. */
export function normalizeEmail(email: string | null | undefined): string | undefined {
  const e = email?.trim().toLowerCase();
  return e && looksLikeEmail(e) ? e : undefined;
}

// One "@", no blanks, a dot inside the domain. Checked by hand: the regex form of this rule
// (/^[^\s@]+@[^\s@]+\.[^\s@]+$/) backtracks quadratically on a domain of many dots.
function looksLikeEmail(e: string): boolean {
  const at = e.indexOf('@');
  if (at < 1 || e.indexOf('@', at + 1) !== -1 || /\s/.test(e)) return false;
  const domain = e.slice(at + 1);
  const dot = domain.indexOf('.', 1);
  return dot > 0 && dot < domain.length - 1;
}

export function emailHash(email: string | null | undefined): string | null {
  const e = normalizeEmail(email);
  return e ? sha256(`email:${e}`) : null;
}

export interface AddressParts {
  address1?: string | null;
  zip?: string | null;
  country?: string | null;
}

/** Hash of street line + postcode + country, compared case- and space-insensitively; null without street and postcode. */
export function addressHash(a: AddressParts | null | undefined): string | null {
  const clean = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (!a || !clean(a.address1) || !clean(a.zip)) return null;
  return sha256(`address:${clean(a.address1)}|${clean(a.zip)}|${clean(a.country)}`);
}

/** The key that groups a customer's orders: the store's customer id when known, else the email hash. */
export function customerKey(
  source: string,
  customerId: string | number | null | undefined,
  hashedEmail: string | null,
): string | null {
  if (hashedEmail) return `email:${hashedEmail}`;
  if (customerId !== null && customerId !== undefined && String(customerId) !== '0') return `${source}:${customerId}`;
  return null;
}
