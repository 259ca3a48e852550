import type { DB } from '../../storage/connect.ts';
import { hashSecret, newSecret } from './secret-hash.ts';

export const SESSION_DAYS = 14;

export interface SessionOwner {
  via: 'token' | 'demo' | 'password';
  userId?: number | null;
  /** The API token used to sign in: revoking it ends this session. */
  tokenId?: number | null;
  userAgent?: string | null;
}

/** Opens a browser session in a workspace; returns the secret id for the cookie. */
export async function createSession(
  db: DB,
  workspaceId: number,
  owner: SessionOwner,
): Promise<{ id: string; expiresAt: Date }> {
  const id = newSecret('mrs');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashSecret(id),
      workspace_id: workspaceId,
      via: owner.via,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      user_id: owner.userId ?? null,
      token_id: owner.tokenId ?? null,
      user_agent: owner.userAgent?.slice(0, 200) ?? null,
    })
    .execute();
  return { id, expiresAt };
}

export async function deleteSession(db: DB, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashSecret(sessionId)).execute();
}
