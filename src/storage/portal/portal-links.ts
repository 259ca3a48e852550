// Rows of portal links (0017). The token is checked before any of these is called (core/portal/portal-token.ts).
import type { DB } from '../connect.ts';

export async function insertPortalLink(
  db: DB,
  row: {
    workspaceId: number;
    campaignId: number;
    enrollmentId: number;
    creatorId: number;
    expiresAt: string;
    createdBy: number | null;
    now: string;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('portal_links')
    .values({
      workspace_id: row.workspaceId,
      campaign_id: row.campaignId,
      enrollment_id: row.enrollmentId,
      creator_id: row.creatorId,
      expires_at: row.expiresAt,
      created_by: row.createdBy,
      created_at: row.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(id);
}

export const findPortalLink = (db: DB, id: number) =>
  db.selectFrom('portal_links').selectAll().where('id', '=', id).executeTakeFirst();

/** Revokes a link of this workspace; true when it exists (revoking twice keeps the first time). */
export async function revokePortalLink(db: DB, workspaceId: number, id: number, now: string): Promise<boolean> {
  const link = await db
    .selectFrom('portal_links')
    .select(['id', 'revoked_at'])
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!link) return false;
  if (!link.revoked_at)
    await db
      .updateTable('portal_links')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .execute();
  return true;
}

export const touchPortalLink = (db: DB, id: number, now: string) =>
  db.updateTable('portal_links').set({ last_used_at: now }).where('id', '=', id).execute();
