// POST /api/v1/discover (a brief) and POST /api/v1/lookalikes (seed creators plus optional filters):
// the same ranked answer, priced in the brief's budget currency or the workspace's.
import { Hono, type Context } from 'hono';
import { AppError } from '../../core/app-error.ts';
import type { Brief } from '../../core/discovery/brief.ts';
import { discover } from '../../services/discovery/discover.ts';
import { getWorkspace } from '../../storage/workspaces/workspaces.ts';
import type { AppEnv } from '../context.ts';
import { briefSchema, lookalikeSchema } from '../schemas/discover.ts';
import { parseWith } from '../validate.ts';

async function answer(c: Context<AppEnv>, brief: Brief) {
  const actor = c.get('actor');
  if (brief.workspace && brief.workspace !== actor.workspaceSlug) {
    throw new AppError(
      'forbidden',
      `This token belongs to workspace "${actor.workspaceSlug}", not "${brief.workspace}"`,
      [{ path: 'workspace', message: 'not your workspace' }],
    );
  }
  const { db, discovery } = c.get('deps');
  const workspace = await getWorkspace(db, actor.workspaceId);
  return c.json(
    await discover(db, await discovery(), brief, {
      workspaceId: actor.workspaceId,
      workspaceSlug: workspace.slug,
      currency: workspace.currency,
    }),
  );
}

export const discoverRoutes = new Hono<AppEnv>().post('/', async (c) =>
  answer(c, parseWith(briefSchema, await c.req.json(), 'brief')),
);

export const lookalikeRoutes = new Hono<AppEnv>().post('/', async (c) =>
  answer(c, parseWith(lookalikeSchema, await c.req.json(), 'lookalike brief')),
);
