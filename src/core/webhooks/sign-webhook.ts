// Standard Webhooks signing (https://www.standardwebhooks.com/, spec "Signature scheme"): the signed
// content is `${webhook-id}.${webhook-timestamp}.${body}`, signed with HMAC-SHA256 under the secret's
// bytes (the base64 after `whsec_`); the header is `v1,<base64 signature>`, several space-separated
// while a rotated secret still signs.
import { createHmac, randomBytes } from 'node:crypto';

const PREFIX = 'whsec_';

/** A new signing secret: `whsec_` + base64 of 32 random bytes (24–64 bytes is the spec's range). */
export const newWebhookSecret = (bytes: Buffer = randomBytes(32)): string => `${PREFIX}${bytes.toString('base64')}`;

/** The key bytes of a `whsec_…` secret; undefined when it is not one. */
export function secretKeyBytes(secret: string): Buffer | undefined {
  if (!secret.startsWith(PREFIX)) return undefined;
  const bytes = Buffer.from(secret.slice(PREFIX.length), 'base64');
  return bytes.length >= 24 && bytes.length <= 64 ? bytes : undefined;
}

/** The webhook-signature header for a message, one `v1,` signature per secret (current first). */
export function signWebhook(
  secrets: readonly string[],
  messageId: string,
  timestampSeconds: number,
  body: string,
): string {
  const content = `${messageId}.${timestampSeconds}.${body}`;
  return secrets
    .map((secret) => {
      const key = secretKeyBytes(secret);
      if (!key) throw new Error('a webhook secret must be whsec_ + base64 of 24 to 64 bytes');
      return `v1,${createHmac('sha256', key).update(content).digest('base64')}`;
    })
    .join(' ');
}
