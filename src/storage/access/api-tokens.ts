// API tokens: listed by workspace (and owner), revoked with the sessions opened with them.
import type { DB } from '../connect.ts';

export const listApiTokens = (db: DB, workspaceId: number, userId?: number) => {
  let q = db
    .selectFrom('api_tokens')
    .leftJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.prefix',
      'api_tokens.user_id',
      'users.email',
      'api_tokens.scopes',
      'api_tokens.created_at',
      'api_tokens.last_used_at',
      'api_tokens.expires_at',
      'api_tokens.revoked_at',
    ])
    .where('api_tokens.workspace_id', '=', workspaceId);
  if (userId !== undefined) q = q.where('api_tokens.user_id', '=', userId);
  return q.orderBy('api_tokens.id', 'desc').execute();
};

export const findApiToken = (db: DB, workspaceId: number, id: number) =>
  db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'prefix', 'revoked_at'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();

/** Revokes a token and ends every session opened with it; true when it was live. */
export async function revokeApiToken(db: DB, tokenId: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', tokenId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    await trx.deleteFrom('sessions').where('token_id', '=', tokenId).execute();
    return Number(done.numUpdatedRows) > 0;
  });
}
