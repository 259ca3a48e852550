import type { DB } from '../../storage/connect.ts';
import type { Actor } from './actor.ts';
import { hashSecret } from './secret-hash.ts';

/** The actor of a bearer token, or undefined when the token is unknown or revoked. */
export async function authenticateToken(db: DB, token: string): Promise<Actor | undefined> {
  const row = await db.selectFrom('api_tokens')
    .innerJoin('workspaces', 'workspaces.id', 'api_tokens.workspace_id')
    .select(['api_tokens.id', 'api_tokens.workspace_id', 'workspaces.slug', 'api_tokens.last_used_at'])
    .where('token_hash', '=', hashSecret(token)).where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const now = new Date().toISOString();
  // Record use at most once a minute: keeps API reads from turning into writes.
  if (!row.last_used_at || row.last_used_at < new Date(Date.now() - 60_000).toISOString()) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  return { workspaceId: row.workspace_id, workspaceSlug: row.slug, via: 'token' };
}

/** The actor of a browser session id, or undefined when unknown or expired. */
export async function authenticateSession(db: DB, sessionId: string): Promise<Actor | undefined> {
  const row = await db.selectFrom('sessions')
    .innerJoin('workspaces', 'workspaces.id', 'sessions.workspace_id')
    .select(['sessions.workspace_id', 'workspaces.slug', 'sessions.via', 'sessions.expires_at'])
    .where('id_hash', '=', hashSecret(sessionId))
    .executeTakeFirst();
  if (!row || row.expires_at <= new Date().toISOString()) return undefined;
  return { workspaceId: row.workspace_id, workspaceSlug: row.slug, via: row.via === 'demo' ? 'demo' : 'session' };
}
