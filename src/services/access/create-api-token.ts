import { AppError } from '../../core/app-error.ts';
import { isPermission, type Permission } from '../../core/access/permissions.ts';
import type { DB } from '../../storage/connect.ts';
import { hashSecret, newSecret } from './secret-hash.ts';

export interface TokenOptions {
  /** The owner; omitted only by the legacy `token create` path of a workspace without users. */
  userId?: number | null;
  /** Permissions the token carries (a subset of the owner's); omitted = all of them. */
  scopes?: Permission[] | null;
  expiresAt?: string | null;
}

/** Creates an API token; the returned token is shown once and only its hash is kept. */
export async function createApiToken(
  db: DB,
  workspaceId: number,
  name: string,
  options: TokenOptions = {},
): Promise<{ id: number; token: string; prefix: string }> {
  const bad = options.scopes?.find((s) => !isPermission(s));
  if (bad !== undefined)
    throw new AppError('bad_request', `Unknown scope "${bad}"`, [{ path: 'scopes', message: 'unknown permission' }]);
  const token = newSecret('mr');
  const prefix = token.slice(0, 10);
  const row = await db
    .insertInto('api_tokens')
    .values({
      workspace_id: workspaceId,
      name,
      token_hash: hashSecret(token),
      prefix,
      created_at: new Date().toISOString(),
      user_id: options.userId ?? null,
      scopes: options.scopes ? JSON.stringify(options.scopes) : null,
      expires_at: options.expiresAt ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), token, prefix };
}
