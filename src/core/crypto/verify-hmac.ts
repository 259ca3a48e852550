// Webhook signatures: base64(HMAC-SHA256(secret, raw body)), compared in constant time on
// equal-length buffers. Shopify and WooCommerce both sign this way.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const signBody = (secret: string, body: Uint8Array | string): string =>
  createHmac('sha256', secret).update(body).digest('base64');

/** True only when `header` is exactly the base64 HMAC of `body`; a missing or malformed header is false. */
export function verifyHmac(secret: string, body: Uint8Array | string, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(header.trim(), 'base64');
  // Unequal lengths cannot match; timingSafeEqual needs equal lengths, so compare with ourselves instead.
  if (given.length !== expected.length) {
    timingSafeEqual(expected, expected);
    return false;
  }
  return timingSafeEqual(given, expected);
}
