// GET /api/v1/me: who the request acts for (the web app reads its workspace and currency here).
import { Hono } from 'hono';
import { getWorkspace } from '../../storage/workspaces/workspaces.ts';
import type { AppEnv } from '../context.ts';
import { DEMO_WORKSPACE } from './pages.ts';

export const meRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const actor = c.get('actor');
  const w = await getWorkspace(c.get('deps').db, actor.workspaceId);
  return c.json({ workspace: { id: w.id, slug: w.slug, name: w.name, currency: w.currency, is_demo: w.slug === DEMO_WORKSPACE }, via: actor.via });
});
