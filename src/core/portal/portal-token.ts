// The creator portal's magic link token: "v1.<link>.<workspace>.<enrollment>.<expires>.<signature>", where the
// signature is base64url(HMAC-SHA256(portal key, everything before it)). The signature and the expiry are checked
// here, before the caller looks anything up; the stored link row then answers revocation and must match the scope.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface PortalTokenClaims {
  linkId: number;
  workspaceId: number;
  enrollmentId: number;
  /** Seconds since the epoch (UTC). */
  expiresAt: number;
}

/** A key used only for portal links, derived from the installation's secret key (never the key itself). */
export const portalKey = (secretKey: Buffer): Buffer =>
  createHmac('sha256', secretKey).update('microreach portal links v1').digest();

const payloadOf = (c: PortalTokenClaims) => `v1.${c.linkId}.${c.workspaceId}.${c.enrollmentId}.${c.expiresAt}`;
const sign = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest();

export function signPortalToken(key: Buffer, claims: PortalTokenClaims): string {
  const payload = payloadOf(claims);
  return `${payload}.${sign(key, payload).toString('base64url')}`;
}

export type PortalTokenCheck =
  | { ok: true; claims: PortalTokenClaims }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

const SHAPE = /^v1\.(\d{1,15})\.(\d{1,15})\.(\d{1,15})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/** Checks shape, signature (constant time) and expiry at `nowSeconds`; never touches storage. */
export function verifyPortalToken(key: Buffer, token: string, nowSeconds: number): PortalTokenCheck {
  const m = SHAPE.exec(token);
  if (!m) return { ok: false, reason: 'malformed' };
  const claims: PortalTokenClaims = {
    linkId: Number(m[1]),
    workspaceId: Number(m[2]),
    enrollmentId: Number(m[3]),
    expiresAt: Number(m[4]),
  };
  const expected = sign(key, token.slice(0, token.lastIndexOf('.')));
  const given = Buffer.from(m[5]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  if (claims.expiresAt <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}
