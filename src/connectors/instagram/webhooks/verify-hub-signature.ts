// Meta webhook signatures: header `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>`
// (https://developers.facebook.com/docs/graph-api/webhooks/getting-started). Checked on the raw bytes, in constant
// time, before the body is parsed.
import { createHmac, timingSafeEqual } from 'node:crypto';

const HEADER = /^sha256=([0-9a-f]{64})$/;

export const signHubPayload = (secret: string, body: Uint8Array) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

export function verifyHubSignature(secret: string, body: Uint8Array, header: string | undefined): boolean {
  const m = header ? HEADER.exec(header.trim().toLowerCase()) : null;
  if (!m) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(Buffer.from(m[1]!, 'hex'), expected);
}
