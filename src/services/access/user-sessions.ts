// A user's open sessions (every workspace), listed by a public handle and revocable one by one.
import { AppError } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';

/** The first 16 hex digits of the session id's hash: enough to name it, useless to sign in with. */
export const sessionHandle = (idHash: string) => idHash.slice(0, 16);

export async function listUserSessions(db: DB, who: { userId: number | null; sessionHash: string | null }) {
  if (who.userId === null && who.sessionHash === null) return [];
  let q = db
    .selectFrom('sessions')
    .innerJoin('workspaces', 'workspaces.id', 'sessions.workspace_id')
    .select([
      'sessions.id_hash',
      'sessions.via',
      'workspaces.name',
      'sessions.user_agent',
      'sessions.created_at',
      'sessions.expires_at',
    ])
    .where('sessions.expires_at', '>', new Date().toISOString());
  q =
    who.userId !== null
      ? q.where('sessions.user_id', '=', who.userId)
      : q.where('sessions.id_hash', '=', who.sessionHash!);
  const rows = await q.orderBy('sessions.created_at', 'desc').execute();
  return rows.map((r) => ({
    id: sessionHandle(r.id_hash),
    current: r.id_hash === who.sessionHash,
    via: r.via,
    workspace: r.name,
    user_agent: r.user_agent,
    created_at: r.created_at,
    expires_at: r.expires_at,
  }));
}

export async function revokeUserSession(db: DB, userId: number | null, handle: string): Promise<void> {
  if (userId === null) throw new AppError('forbidden', 'Only a signed-in user can end sessions; sign out instead.');
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id_hash', 'like', `${handle}%`)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('not_found', `No session ${handle} of yours`);
}

/** Moves the current session to another workspace of the same user. */
export async function switchSessionWorkspace(
  db: DB,
  who: { userId: number | null; sessionHash: string | null },
  workspaceId: number,
) {
  if (who.userId === null || who.sessionHash === null)
    throw new AppError('forbidden', 'Switching workspaces needs a signed-in user in the browser.');
  const member = await db
    .selectFrom('memberships')
    .select('role')
    .where('user_id', '=', who.userId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!member) throw new AppError('not_found', `You are not a member of workspace ${workspaceId}`);
  await db.updateTable('sessions').set({ workspace_id: workspaceId }).where('id_hash', '=', who.sessionHash).execute();
}
