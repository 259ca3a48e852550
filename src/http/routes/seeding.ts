// Catalog and seeding for the brand: sync and list the store's catalog, list and set the deals' gift limits, list a
// campaign's gifts. parse → authorize (the workspace comes from the session) → service → present.
import { Hono, type Context } from 'hono';
import { notFound } from '../../core/app-error.ts';
import { pageWindow } from '../../core/page-window.ts';
import { presentPage } from '../../presenters/present-page.ts';
import { presentDealGiftLimits, presentGift, presentVariant } from '../../presenters/present-seeding.ts';
import { syncCatalog } from '../../services/catalog/sync-catalog.ts';
import { setGiftLimits } from '../../services/gifts/set-gift-limits.ts';
import { countCatalog, listCatalog } from '../../storage/catalog/list-catalog.ts';
import { findCampaign } from '../../storage/campaigns/find-campaign.ts';
import { listCampaignGiftLimits } from '../../storage/gifts/list-campaign-gift-limits.ts';
import { listCampaignGifts } from '../../storage/gifts/list-campaign-gifts.ts';
import { seedingStore } from '../../storage/gifts/seeding-store.ts';
import type { AppEnv } from '../context.ts';
import { campaignIdParam } from '../schemas/campaigns.ts';
import { catalogQuery, giftLimitsBody } from '../schemas/seeding.ts';
import { parseWith } from '../validate.ts';
import { clockOf } from './creator-ledger.ts';

async function campaignOf(c: Context<AppEnv>) {
  const { id } = parseWith(campaignIdParam, c.req.param(), 'path');
  const campaign = await findCampaign(c.get('deps').db, c.get('actor').workspaceId, id);
  if (!campaign) throw notFound(`Campaign ${id}`);
  return campaign;
}

export const catalogRoutes = new Hono<AppEnv>()
  .post('/sync', async (c) => {
    const workspaceId = c.get('actor').workspaceId;
    const r = await syncCatalog(c.get('deps').db, c.get('runtime').secretKey(), workspaceId, new Date(clockOf(c)));
    return c.json({ platform: r.platform, variants: r.variants, gone: r.gone, unknown_cost: r.unknownCost });
  })
  .get('/', async (c) => {
    const q = parseWith(catalogQuery, c.req.query(), 'query');
    const { db } = c.get('deps');
    const workspaceId = c.get('actor').workspaceId;
    const onlyAvailable = q.available === 'true';
    const [rows, total] = await Promise.all([
      listCatalog(db, workspaceId, { onlyAvailable, ...pageWindow(q) }),
      countCatalog(db, workspaceId, onlyAvailable),
    ]);
    return c.json(presentPage(q, total, rows.map(presentVariant)));
  });

export const campaignGiftRoutes = new Hono<AppEnv>()
  .post('/:id/gift-limits', async (c) => {
    const campaign = await campaignOf(c);
    const { creator, ...limits } = parseWith(giftLimitsBody, await c.req.json(), 'gift_limits');
    const enrollmentId = await setGiftLimits(
      c.get('deps').db,
      campaign.workspace_id,
      campaign.id,
      creator,
      limits,
      new Date(clockOf(c)),
    );
    return c.json({ enrollment_id: enrollmentId, ...limits });
  })
  .get('/:id/gift-limits', async (c) => {
    const campaign = await campaignOf(c);
    const { db } = c.get('deps');
    const [store, rows] = await Promise.all([
      seedingStore(db, campaign.workspace_id),
      listCampaignGiftLimits(db, campaign.workspace_id, campaign.id),
    ]);
    return c.json({ seeding_store: store, items: rows.map(presentDealGiftLimits) });
  })
  .get('/:id/gifts', async (c) => {
    const campaign = await campaignOf(c);
    const rows = await listCampaignGifts(c.get('deps').db, campaign.workspace_id, campaign.id);
    return c.json({ items: rows.map(presentGift) });
  });
