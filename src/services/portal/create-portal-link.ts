// A creator's magic link to the portal: a stored row (so it can be revoked) and a token signed with a key derived
// from the installation's secret key, scoped to the workspace and the creator's enrollment in one campaign.
import { portalKey, signPortalToken } from '../../core/portal/portal-token.ts';
import { findEnrollmentByRef } from '../../storage/campaigns/find-enrollment-by-ref.ts';
import type { DB } from '../../storage/connect.ts';
import { insertPortalLink } from '../../storage/portal/portal-links.ts';

export const DEFAULT_PORTAL_DAYS = 14;

export async function createPortalLink(
  db: DB,
  secretKey: Buffer,
  workspaceId: number,
  campaignId: number,
  creatorRef: string,
  options: { days?: number; userId: number | null; origin: string; now?: Date },
) {
  const enrollment = await findEnrollmentByRef(db, workspaceId, campaignId, creatorRef);
  const now = options.now ?? new Date();
  const expires = new Date(now.getTime() + (options.days ?? DEFAULT_PORTAL_DAYS) * 86_400_000);
  expires.setUTCMilliseconds(0);
  const id = await insertPortalLink(db, {
    workspaceId,
    campaignId,
    enrollmentId: enrollment.id,
    creatorId: enrollment.creatorId,
    expiresAt: expires.toISOString(),
    createdBy: options.userId,
    now: now.toISOString(),
  });
  const token = signPortalToken(portalKey(secretKey), {
    linkId: id,
    workspaceId,
    enrollmentId: enrollment.id,
    expiresAt: Math.floor(expires.getTime() / 1000),
  });
  return { id, creator: creatorRef, url: `${options.origin}/p/${token}`, expires_at: expires.toISOString() };
}
