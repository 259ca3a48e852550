// API tokens: a user lists, creates (scoped, expiring) and revokes their own; managers see and revoke all.
import { Hono, type Context } from 'hono';
import { AppError } from '../../core/app-error.ts';
import { createApiToken } from '../../services/access/create-api-token.ts';
import { recordAudit } from '../../storage/access/audit-events.ts';
import { findApiToken, listApiTokens, revokeApiToken } from '../../storage/access/api-tokens.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { createTokenBody } from '../schemas/team.ts';
import { parseWith } from '../validate.ts';

type Row = Awaited<ReturnType<typeof listApiTokens>>[number];
const present = (t: Row) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  owner: t.email,
  scopes: t.scopes === null ? null : (JSON.parse(t.scopes) as string[]),
  created_at: t.created_at,
  last_used_at: t.last_used_at,
  expires_at: t.expires_at,
  revoked_at: t.revoked_at,
});
const seesAll = (c: Context<AppEnv>) => c.get('actor').permissions.includes('tokens.manage');

export const tokenRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const actor = c.get('actor');
    const rows = await listApiTokens(
      c.get('deps').db,
      actor.workspaceId,
      seesAll(c) ? undefined : (actor.userId ?? -1),
    );
    return c.json({ items: rows.map(present) });
  })
  .post('/', async (c) => {
    const body = parseWith(createTokenBody, await c.req.json(), 'token');
    const actor = c.get('actor');
    if (actor.userId === null)
      throw new AppError('forbidden', 'Tokens belong to a user: sign in with your account to create one.');
    const beyond = body.scopes?.filter((s) => !actor.permissions.includes(s)) ?? [];
    if (beyond.length > 0)
      throw new AppError(
        'forbidden',
        `A token cannot carry more than you may do: ${beyond.join(', ')}`,
        beyond.map((s) => ({ path: 'scopes', message: s })),
      );
    // A token made through another token can never exceed that token's scopes.
    const scopes = body.scopes ?? (actor.via === 'token' ? actor.permissions : null);
    const expiresAt = body.expires_in_days
      ? new Date(Date.now() + body.expires_in_days * 86_400_000).toISOString()
      : null;
    const { db } = c.get('deps');
    const made = await createApiToken(db, actor.workspaceId, body.name, { userId: actor.userId, scopes, expiresAt });
    await recordAudit(db, actor, 'token.created', `${made.prefix}…`, {
      name: body.name,
      scopes,
      expires_at: expiresAt,
    });
    const row = (await listApiTokens(db, actor.workspaceId, actor.userId)).find((t) => t.id === made.id)!;
    return c.json({ ...present(row), token: made.token }, 201);
  })
  .post('/:id/revoke', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const actor = c.get('actor');
    const { db } = c.get('deps');
    const token = await findApiToken(db, actor.workspaceId, id);
    if (!token || (!seesAll(c) && token.user_id !== actor.userId))
      throw new AppError('not_found', `No token ${id} of yours`);
    await revokeApiToken(db, id);
    await recordAudit(db, actor, 'token.revoked', `${token.prefix}…`);
    return c.json({ ok: true as const });
  });
