// Resolves bearer tokens and session ids to an Actor: the workspace, the role held there and the
// permissions (narrowed by a token's scopes). A removed member, an expired or revoked token resolve to nothing.
import { effectivePermissions } from '../../core/access/permissions.ts';
import { isRole, type Role } from '../../core/access/roles.ts';
import type { DB } from '../../storage/connect.ts';
import type { Actor } from './actor.ts';
import { hashSecret } from './secret-hash.ts';

/** A workspace token made before users existed acts as an admin of its workspace. */
const LEGACY_TOKEN_ROLE: Role = 'admin';
/** The demo session: a member of the demo workspace, no user (the `tenancy` work sandboxes it). */
export const DEMO_ROLE: Role = 'member';

const parseScopes = (text: string | null): string[] | null => (text === null ? null : (JSON.parse(text) as string[]));

async function roleOf(db: DB, workspaceId: number, userId: number | null): Promise<Role | undefined> {
  if (userId === null) return LEGACY_TOKEN_ROLE;
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row && isRole(row.role) ? row.role : undefined;
}

interface TokenGrant {
  tokenId: number;
  workspaceId: number;
  slug: string;
  userId: number | null;
  label: string;
  role: Role;
  scopes: string[] | null;
}

async function tokenGrant(db: DB, where: { hash: string } | { id: number }): Promise<TokenGrant | undefined> {
  let q = db
    .selectFrom('api_tokens')
    .innerJoin('workspaces', 'workspaces.id', 'api_tokens.workspace_id')
    .leftJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.workspace_id',
      'workspaces.slug',
      'api_tokens.user_id',
      'api_tokens.scopes',
      'api_tokens.expires_at',
      'api_tokens.last_used_at',
      'api_tokens.prefix',
      'users.email',
    ])
    .where('api_tokens.revoked_at', 'is', null);
  q = 'hash' in where ? q.where('api_tokens.token_hash', '=', where.hash) : q.where('api_tokens.id', '=', where.id);
  const row = await q.executeTakeFirst();
  const now = new Date().toISOString();
  if (!row || (row.expires_at !== null && row.expires_at <= now)) return undefined;
  const role = await roleOf(db, row.workspace_id, row.user_id);
  if (!role) return undefined;
  // Record use at most once a minute: keeps API reads from turning into writes.
  if (!row.last_used_at || row.last_used_at < new Date(Date.now() - 60_000).toISOString()) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  return {
    tokenId: row.id,
    workspaceId: row.workspace_id,
    slug: row.slug,
    userId: row.user_id,
    label: row.email ? `${row.email} (token ${row.prefix}…)` : `token ${row.prefix}…`,
    role,
    scopes: parseScopes(row.scopes),
  };
}

const actorOf = (g: TokenGrant, via: Actor['via'], sessionHash: string | null): Actor => ({
  workspaceId: g.workspaceId,
  workspaceSlug: g.slug,
  via,
  userId: g.userId,
  label: g.label,
  role: g.role,
  permissions: effectivePermissions(g.role, g.scopes),
  tokenId: g.tokenId,
  sessionHash,
});

/** The actor of a bearer token, or undefined when the token is unknown, revoked or expired. */
export async function authenticateToken(db: DB, token: string): Promise<Actor | undefined> {
  const grant = await tokenGrant(db, { hash: hashSecret(token) });
  return grant && actorOf(grant, 'token', null);
}

/** The actor of a browser session id, or undefined when unknown, expired or no longer a member. */
export async function authenticateSession(db: DB, sessionId: string): Promise<Actor | undefined> {
  const sessionHash = hashSecret(sessionId);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('workspaces', 'workspaces.id', 'sessions.workspace_id')
    .leftJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.workspace_id',
      'workspaces.slug',
      'sessions.via',
      'sessions.expires_at',
      'sessions.user_id',
      'sessions.token_id',
      'users.email',
    ])
    .where('id_hash', '=', sessionHash)
    .executeTakeFirst();
  if (!row || row.expires_at <= new Date().toISOString()) return undefined;
  if (row.token_id !== null) {
    const grant = await tokenGrant(db, { id: row.token_id });
    return grant && actorOf(grant, 'session', sessionHash);
  }
  const base = { workspaceId: row.workspace_id, workspaceSlug: row.slug, tokenId: null, sessionHash };
  if (row.via === 'demo') {
    return {
      ...base,
      via: 'demo',
      userId: null,
      label: 'demo',
      role: DEMO_ROLE,
      permissions: effectivePermissions(DEMO_ROLE, null),
    };
  }
  const role = await roleOf(db, row.workspace_id, row.user_id);
  if (!role) return undefined;
  return {
    ...base,
    via: 'session',
    userId: row.user_id,
    label: row.email ?? 'token',
    role,
    permissions: effectivePermissions(role, null),
  };
}
