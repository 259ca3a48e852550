import type { DB } from '../../storage/connect.ts';
import { hashSecret, newSecret } from './secret-hash.ts';

export const SESSION_DAYS = 14;

/** Opens a browser session for a workspace; returns the secret id for the cookie. */
export async function createSession(db: DB, workspaceId: number, via: 'token' | 'demo'): Promise<{ id: string; expiresAt: Date }> {
  const id = newSecret('mrs');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.insertInto('sessions').values({
    id_hash: hashSecret(id), workspace_id: workspaceId, via, created_at: now.toISOString(), expires_at: expiresAt.toISOString(),
  }).execute();
  return { id, expiresAt };
}

export async function deleteSession(db: DB, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashSecret(sessionId)).execute();
}
