// Stripe webhook signatures: header `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
// "<t>.<raw body>")>` (several v1 during a secret roll). Compared in constant time; a timestamp more
// than `toleranceSeconds` from now is refused (replays). https://docs.stripe.com/webhooks#verify-manually
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signStripePayload(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function verifyStripeSignature(
  secret: string,
  body: string,
  header: string | null | undefined,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  if (!header) return false;
  const parts = header.split(',').map((p) => p.trim().split('=') as [string, string | undefined]);
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signStripePayload(secret, t, body), 'hex');
  let ok = false;
  for (const [k, v] of parts) {
    if (k !== 'v1' || !v || !/^[0-9a-f]{64}$/.test(v)) continue;
    if (timingSafeEqual(Buffer.from(v, 'hex'), expected)) ok = true;
  }
  return ok;
}
