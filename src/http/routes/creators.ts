// /api/v1/creators: list and filter, one creator with everything known, and the vetting report.
import { Hono } from 'hono';
import { notFound } from '../../core/app-error.ts';
import { tierBounds } from '../../core/creators/tiers.ts';
import { presentCreator, presentCreatorDetail } from '../../presenters/present-creator.ts';
import { presentPage } from '../../presenters/present-page.ts';
import { presentVettingReport } from '../../presenters/present-vetting-report.ts';
import { vetCreator } from '../../services/vetting/vet-creator.ts';
import { getCreatorDetail } from '../../storage/creators/get-creator-detail.ts';
import { listCreators } from '../../storage/creators/list-creators.ts';
import { includesDemo } from '../../storage/workspaces/demo-workspace.ts';
import { getWorkspace } from '../../storage/workspaces/workspaces.ts';
import type { AppEnv } from '../context.ts';
import { pageWindow } from '../../core/page-window.ts';
import { idParam } from '../schemas/common.ts';
import { creatorListQuery, vettingQuery } from '../schemas/creators.ts';
import { parseWith } from '../validate.ts';

export const creatorRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const query = parseWith(creatorListQuery, c.req.query(), 'query');
    const actor = c.get('actor');
    const { db } = c.get('deps');
    const result = await listCreators(db, {
      viewerId: actor.workspaceId,
      poolOnly: query.scope === 'workspace',
      includeDemo: includesDemo(
        actor.workspaceSlug,
        query.include_demo === undefined ? undefined : query.include_demo === 'true',
      ),
      platform: query.platform,
      followers: query.tier ? tierBounds(query.tier) : undefined,
      text: query.q,
      ...pageWindow(query),
    });
    const page = presentPage(
      query,
      result.total,
      result.items.map((i) => presentCreator(i.creator, i.layer, i.accounts)),
    );
    return c.json({ ...page, hidden_demo: result.hiddenDemo });
  })
  .get('/:id', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const detail = await getCreatorDetail(c.get('deps').db, id, { viewerId: c.get('actor').workspaceId });
    if (!detail) throw notFound(`Creator ${id}`);
    return c.json(presentCreatorDetail(detail));
  })
  .get('/:id/vetting', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const { platform, as_of: asOf } = parseWith(vettingQuery, c.req.query(), 'query');
    const { db } = c.get('deps');
    const workspace = await getWorkspace(db, c.get('actor').workspaceId);
    const vetting = await vetCreator(db, id, { platform, workspace, now: asOf ? new Date(asOf) : undefined });
    return c.json(presentVettingReport(vetting));
  });
