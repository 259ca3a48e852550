// /api/v1/briefs: a workspace's saved discovery briefs (list, save by name, delete).
import { Hono } from 'hono';
import { notFound } from '../../core/app-error.ts';
import { deleteSavedBrief, listSavedBriefs, saveBrief } from '../../storage/saved-briefs/saved-briefs.ts';
import type { AppEnv } from '../context.ts';
import { saveBriefSchema } from '../schemas/briefs.ts';
import { idParam } from '../schemas/common.ts';
import { parseWith } from '../validate.ts';

const present = (row: Awaited<ReturnType<typeof listSavedBriefs>>[number]) => ({
  id: Number(row.id),
  name: row.name,
  brief: JSON.parse(row.brief) as Record<string, unknown>,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

export const briefRoutes = new Hono<AppEnv>()
  .get('/', async (c) =>
    c.json({ items: (await listSavedBriefs(c.get('deps').db, c.get('actor').workspaceId)).map(present) }),
  )
  .post('/', async (c) => {
    const input = parseWith(saveBriefSchema, await c.req.json(), 'saved brief');
    const { db } = c.get('deps');
    const workspaceId = c.get('actor').workspaceId;
    const { id, created } = await saveBrief(db, workspaceId, input.name, JSON.stringify(input.brief));
    const row = (await listSavedBriefs(db, workspaceId)).find((r) => Number(r.id) === id)!;
    return c.json(present(row), created ? 201 : 200);
  })
  .delete('/:id', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    if (!(await deleteSavedBrief(c.get('deps').db, c.get('actor').workspaceId, id)))
      throw notFound(`Saved brief ${id}`);
    return c.body(null, 204);
  });
