// OAuth states of connections in progress. consumeOAuthState marks one used in the same statement that reads it,
// so a state replayed (twice in parallel, or after it succeeded or failed) finds nothing.
import type { DB } from '../connect.ts';

export interface OAuthStateRow {
  provider: string;
  portalLinkId: number;
  creatorId: number;
}

export async function insertOAuthState(
  db: DB,
  row: OAuthStateRow & { stateSha256: string; expiresAt: string },
  now: string,
): Promise<void> {
  await db
    .insertInto('oauth_states')
    .values({
      state_sha256: row.stateSha256,
      provider: row.provider,
      portal_link_id: row.portalLinkId,
      creator_id: row.creatorId,
      expires_at: row.expiresAt,
      created_at: now,
    })
    .execute();
}

/** The unused, unexpired state with this digest, now marked used; undefined otherwise. */
export async function consumeOAuthState(db: DB, stateSha256: string, now: string): Promise<OAuthStateRow | undefined> {
  const row = await db
    .updateTable('oauth_states')
    .set({ used_at: now })
    .where('state_sha256', '=', stateSha256)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['provider', 'portal_link_id', 'creator_id'])
    .executeTakeFirst();
  return row
    ? { provider: row.provider, portalLinkId: Number(row.portal_link_id), creatorId: Number(row.creator_id) }
    : undefined;
}

/** States used or expired before `before` are of no further use. */
export async function deleteStaleOAuthStates(db: DB, before: string): Promise<void> {
  await db.deleteFrom('oauth_states').where('expires_at', '<', before).execute();
}
