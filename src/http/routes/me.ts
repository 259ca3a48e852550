// /api/v1/me: who the request acts for (workspace, user, role, permissions, the user's other workspaces),
// switching workspace, the user's sessions and the optional TOTP second factor.
import { Hono } from 'hono';
import { AppError } from '../../core/app-error.ts';
import { confirmTotp, disableTotp, startTotp } from '../../services/access/totp.ts';
import { listUserSessions, revokeUserSession, switchSessionWorkspace } from '../../services/access/user-sessions.ts';
import { getUser, listUserWorkspaces } from '../../storage/access/users.ts';
import { getWorkspace } from '../../storage/workspaces/workspaces.ts';
import type { AppEnv } from '../context.ts';
import { sessionIdParam, switchWorkspaceBody, totpCodeBody } from '../schemas/team.ts';
import { parseWith } from '../validate.ts';
import { DEMO_WORKSPACE } from './pages.ts';

const needUser = (userId: number | null): number => {
  if (userId === null)
    throw new AppError('forbidden', 'This needs a user account (the demo and legacy workspace tokens have none).');
  return userId;
};

export const meRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const actor = c.get('actor');
    const { db } = c.get('deps');
    const w = await getWorkspace(db, actor.workspaceId);
    const user = actor.userId === null ? null : await getUser(db, actor.userId);
    const workspaces = user
      ? await listUserWorkspaces(db, user.id)
      : [{ id: w.id, slug: w.slug, name: w.name, role: actor.role }];
    return c.json({
      workspace: { id: w.id, slug: w.slug, name: w.name, currency: w.currency, is_demo: w.slug === DEMO_WORKSPACE },
      via: actor.via,
      user: user && { id: user.id, email: user.email, totp_enabled: user.totp_enabled === 1 },
      role: actor.role,
      permissions: actor.permissions,
      workspaces: workspaces.map((x) => ({ id: x.id, slug: x.slug, name: x.name, role: x.role })),
    });
  })
  .post('/workspace', async (c) => {
    const body = parseWith(switchWorkspaceBody, await c.req.json(), 'body');
    await switchSessionWorkspace(c.get('deps').db, c.get('actor'), body.workspace_id);
    return c.json({ ok: true as const });
  })
  .get('/sessions', async (c) => c.json({ items: await listUserSessions(c.get('deps').db, c.get('actor')) }))
  .post('/sessions/:id/revoke', async (c) => {
    const { id } = parseWith(sessionIdParam, c.req.param(), 'path');
    await revokeUserSession(c.get('deps').db, c.get('actor').userId, id);
    return c.json({ ok: true as const });
  })
  .post('/totp', async (c) => {
    const { db, config } = c.get('deps');
    return c.json(await startTotp(db, config, needUser(c.get('actor').userId)));
  })
  .post('/totp/confirm', async (c) => {
    const { code } = parseWith(totpCodeBody, await c.req.json(), 'body');
    const { db, config } = c.get('deps');
    await confirmTotp(db, config, needUser(c.get('actor').userId), code);
    return c.json({ ok: true as const });
  })
  .post('/totp/disable', async (c) => {
    const { code } = parseWith(totpCodeBody, await c.req.json(), 'body');
    const { db, config } = c.get('deps');
    await disableTotp(db, config, needUser(c.get('actor').userId), code);
    return c.json({ ok: true as const });
  });
