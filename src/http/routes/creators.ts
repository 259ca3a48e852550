// /api/v1/creators: list and filter, one creator with everything known, and the vetting report.
import { Hono } from 'hono';
import { notFound } from '../../core/app-error.ts';
import { tierBounds } from '../../core/creators/tiers.ts';
import { presentCreator, presentCreatorDetail } from '../../presenters/present-creator.ts';
import { priceAccount } from '../../services/pricing/price-account.ts';
import { vetCreator } from '../../services/vetting/vet-creator.ts';
import { getCreatorDetail } from '../../storage/creators/get-creator-detail.ts';
import { listCreators } from '../../storage/creators/list-creators.ts';
import { includesDemo } from '../../storage/workspaces/demo-workspace.ts';
import { getWorkspace } from '../../storage/workspaces/workspaces.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { creatorListQuery, vettingQuery } from '../schemas/creators.ts';
import { parseWith } from '../validate.ts';

/** Kept under its old name for callers of the list query. */
export const listQuery = creatorListQuery;

export const creatorRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const query = parseWith(creatorListQuery, c.req.query(), 'query');
    const actor = c.get('actor');
    const { db } = c.get('deps');
    const result = await listCreators(db, {
      viewerId: actor.workspaceId,
      poolOnly: query.scope === 'workspace',
      includeDemo: includesDemo(actor.workspaceSlug, query.include_demo === undefined ? undefined : query.include_demo === 'true'),
      platform: query.platform,
      followers: query.tier ? tierBounds(query.tier) : undefined,
      text: query.q,
      offset: (query.page - 1) * query.per_page,
      limit: query.per_page,
    });
    return c.json({
      items: result.items.map((i) => presentCreator(i.creator, i.layer, i.accounts)),
      hidden_demo: result.hiddenDemo,
      page: query.page,
      per_page: query.per_page,
      total: result.total,
      total_pages: Math.ceil(result.total / query.per_page),
    });
  })
  .get('/:id', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const detail = await getCreatorDetail(c.get('deps').db, id, { viewerId: c.get('actor').workspaceId });
    if (!detail) throw notFound(`Creator ${id}`);
    return c.json(presentCreatorDetail(detail));
  })
  .get('/:id/vetting', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const { platform } = parseWith(vettingQuery, c.req.query(), 'query');
    const { db } = c.get('deps');
    const report = await vetCreator(db, id, { platform, viewerId: c.get('actor').workspaceId });
    const price = await priceAccount(db, report.account_id, await getWorkspace(db, c.get('actor').workspaceId));
    return c.json({ ...report, price });
  });
