import type { DB } from '../../storage/connect.ts';
import { hashSecret, newSecret } from './secret-hash.ts';

/** Creates a workspace API token; the returned token is shown once and only its hash is kept. */
export async function createApiToken(db: DB, workspaceId: number, name: string): Promise<{ id: number; token: string; prefix: string }> {
  const token = newSecret('mr');
  const prefix = token.slice(0, 10);
  const row = await db.insertInto('api_tokens').values({
    workspace_id: workspaceId, name, token_hash: hashSecret(token), prefix, created_at: new Date().toISOString(),
  }).returning('id').executeTakeFirstOrThrow();
  return { id: Number(row.id), token, prefix };
}
