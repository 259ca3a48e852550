// The token in every email's unsubscribe link (`${publicOrigin}/u/${token}`): who opts out of which
// workspace, signed with the installation key so nobody can opt someone else out by editing a URL.
// Format: base64url(JSON [workspaceId, creatorId, email]) "." base64url(HMAC-SHA256 of that part).
// No expiry: an unsubscribe link must keep working for as long as the email exists (RFC 8058).
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface UnsubscribeSubject {
  workspaceId: number;
  creatorId: number;
  email: string;
}

const mac = (key: Buffer, body: string) => createHmac('sha256', key).update(`unsubscribe:${body}`).digest();

export function signUnsubscribeToken(key: Buffer, s: UnsubscribeSubject): string {
  const body = Buffer.from(JSON.stringify([s.workspaceId, s.creatorId, s.email.toLowerCase()])).toString('base64url');
  return `${body}.${mac(key, body).toString('base64url')}`;
}

/** The subject of a token this installation signed; null for anything else (edited, truncated, foreign). */
export function verifyUnsubscribeToken(key: Buffer, token: string): UnsubscribeSubject | null {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [workspaceId, creatorId, email] = value;
    if (!Number.isInteger(workspaceId) || !Number.isInteger(creatorId) || typeof email !== 'string') return null;
    return { workspaceId, creatorId, email };
  } catch {
    return null;
  }
}
