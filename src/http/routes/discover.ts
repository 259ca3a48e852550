import { Hono } from 'hono';
import { AppError } from '../../core/app-error.ts';
import { briefSchema } from '../../core/discovery/brief.ts';
import { discover } from '../../services/discovery/discover.ts';
import type { AppEnv } from '../context.ts';
import { parseWith } from '../validate.ts';

export const discoverRoutes = new Hono<AppEnv>().post('/', async (c) => {
  const brief = parseWith(briefSchema, await c.req.json(), 'brief');
  const actor = c.get('actor');
  if (brief.workspace && brief.workspace !== actor.workspaceSlug) {
    throw new AppError('forbidden', `This token belongs to workspace "${actor.workspaceSlug}", not "${brief.workspace}"`, [{ path: 'workspace', message: 'not your workspace' }]);
  }
  const { db, discovery } = c.get('deps');
  const workspace = await db.selectFrom('workspaces').select('currency').where('id', '=', actor.workspaceId).executeTakeFirstOrThrow();
  return c.json(await discover(db, await discovery(), brief, { workspaceId: actor.workspaceId, currency: workspace.currency }));
});
