// Opens a portal token: the signature and expiry are checked first (no lookup for a forged or expired token), then
// the stored link must exist, be unrevoked and carry exactly the signed scope. Every refusal is the same 404 to the
// visitor (the reason is for logs and tests).
import { AppError } from '../../core/app-error.ts';
import { portalKey, verifyPortalToken } from '../../core/portal/portal-token.ts';
import type { DB } from '../../storage/connect.ts';
import { findPortalLink, touchPortalLink } from '../../storage/portal/portal-links.ts';

export interface PortalSession {
  linkId: number;
  workspaceId: number;
  campaignId: number;
  enrollmentId: number;
  creatorId: number;
  expiresAt: string;
}

export type PortalRefusal = 'malformed' | 'signature' | 'expired' | 'unknown' | 'revoked' | 'scope';

export class PortalLinkRefused extends AppError {
  constructor(readonly reason: PortalRefusal) {
    super('not_found', 'This portal link is unknown, revoked or expired. Ask the brand for a new one.');
  }
}

export async function openPortalLink(
  db: DB,
  secretKey: Buffer,
  token: string,
  now = new Date(),
): Promise<PortalSession> {
  const check = verifyPortalToken(portalKey(secretKey), token, Math.floor(now.getTime() / 1000));
  if (!check.ok) throw new PortalLinkRefused(check.reason);
  const { claims } = check;
  const link = await findPortalLink(db, claims.linkId);
  if (!link) throw new PortalLinkRefused('unknown');
  if (link.revoked_at) throw new PortalLinkRefused('revoked');
  if (
    Number(link.workspace_id) !== claims.workspaceId ||
    Number(link.enrollment_id) !== claims.enrollmentId ||
    Math.floor(Date.parse(link.expires_at) / 1000) !== claims.expiresAt
  )
    throw new PortalLinkRefused('scope');
  await touchPortalLink(db, link.id, now.toISOString());
  return {
    linkId: Number(link.id),
    workspaceId: Number(link.workspace_id),
    campaignId: Number(link.campaign_id),
    enrollmentId: Number(link.enrollment_id),
    creatorId: Number(link.creator_id),
    expiresAt: link.expires_at,
  };
}
