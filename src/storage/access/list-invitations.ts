import type { DB } from '../connect.ts';

/** The workspace's invitations, newest first (at most 200). */
export const listInvitations = (db: DB, workspaceId: number) =>
  db
    .selectFrom('invitations')
    .select(['id', 'email', 'role', 'created_at', 'expires_at', 'accepted_at', 'revoked_at'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
