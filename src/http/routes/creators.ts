import { Hono } from 'hono';
import { z } from 'zod';
import { notFound } from '../../core/app-error.ts';
import { PLATFORMS } from '../../core/creators/creator-record.ts';
import { TIER_NAMES, tierBounds } from '../../core/creators/tiers.ts';
import { getCreatorDetail } from '../../storage/creators/get-creator-detail.ts';
import { listCreators } from '../../storage/creators/list-creators.ts';
import { vetCreator } from '../../services/vetting/vet-creator.ts';
import type { AppEnv } from '../context.ts';
import { presentCreator, presentCreatorDetail } from '../../presenters/present-creator.ts';
import { parseWith } from '../validate.ts';

export const listQuery = z.object({
  platform: z.enum(PLATFORMS).optional(),
  tier: z.enum(TIER_NAMES).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  scope: z.enum(['installation', 'workspace']).default('installation'),
  page: z.coerce.number().int().min(1).default(1),
  per_page: z.coerce.number().int().min(1).max(200).default(50),
}).strict();

const idParam = z.object({ id: z.coerce.number().int().positive() });
const vettingQuery = z.object({ platform: z.enum(PLATFORMS).optional() }).strict();

export const creatorRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const query = parseWith(listQuery, c.req.query(), 'query');
    const actor = c.get('actor');
    const { db } = c.get('deps');
    const result = await listCreators(db, {
      platform: query.platform,
      followers: query.tier ? tierBounds(query.tier) : undefined,
      text: query.q,
      workspaceId: query.scope === 'workspace' ? actor.workspaceId : undefined,
      offset: (query.page - 1) * query.per_page,
      limit: query.per_page,
    });
    return c.json({
      items: result.items.map((i) => presentCreator(i.creator, i.accounts)),
      page: query.page,
      per_page: query.per_page,
      total: result.total,
      total_pages: Math.ceil(result.total / query.per_page),
    });
  })
  .get('/:id', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const detail = await getCreatorDetail(c.get('deps').db, id);
    if (!detail) throw notFound(`Creator ${id}`);
    return c.json(presentCreatorDetail(detail));
  })
  .get('/:id/vetting', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const { platform } = parseWith(vettingQuery, c.req.query(), 'query');
    return c.json(await vetCreator(c.get('deps').db, id, platform));
  });
