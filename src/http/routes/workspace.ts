// /api/v1/workspace: settings of the caller's workspace: brand name and currency, currency rates, store
// connections (webhook URL, secret, and the newest delivery, which the onboarding waits for), and the
// domains its tracked links may point to.
import { Hono } from 'hono';
import { AppError } from '../../core/app-error.ts';
import { refuseInSandbox } from '../../services/access/sandbox.ts';
import { adminAccessOf } from '../../services/stores/admin-access-of.ts';
import { connectStore } from '../../services/stores/connect-store.ts';
import { setWorkspaceDomains } from '../../services/workspaces/set-workspace-domains.ts';
import { recordAudit } from '../../storage/access/audit-events.ts';
import { listCurrencyRates } from '../../storage/currency-rates/list-currency-rates.ts';
import { setCurrencyRate } from '../../storage/currency-rates/set-currency-rate.ts';
import { listStoreConnections } from '../../storage/stores/list-store-connections.ts';
import { getAllowedDomains } from '../../storage/workspaces/allowed-domains.ts';
import { updateWorkspaceSettings } from '../../storage/workspaces/update-workspace-settings.ts';
import { getWorkspace } from '../../storage/workspaces/workspaces.ts';
import type { AppEnv } from '../context.ts';
import { publicUrl } from '../public-url.ts';
import { connectStoreBody, setRateBody, workspaceSettingsBody } from '../schemas/team.ts';
import { workspaceDomainsSchema } from '../schemas/workspace.ts';
import { parseWith } from '../validate.ts';
import { DEMO_WORKSPACE } from './pages.ts';

const present = (w: { id: number; slug: string; name: string; currency: string }) => ({
  id: w.id,
  slug: w.slug,
  name: w.name,
  currency: w.currency,
});

export const workspaceRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json(present(await getWorkspace(c.get('deps').db, c.get('actor').workspaceId))))
  .post('/', async (c) => {
    const body = parseWith(workspaceSettingsBody, await c.req.json(), 'settings');
    const { db } = c.get('deps');
    const actor = c.get('actor');
    if (actor.workspaceSlug === DEMO_WORKSPACE)
      throw new AppError('forbidden', 'The demo workspace cannot be renamed.');
    if (body.name !== undefined || body.currency !== undefined) {
      await updateWorkspaceSettings(db, actor.workspaceId, { name: body.name, currency: body.currency });
      await recordAudit(db, actor, 'workspace.updated', null, body);
    }
    return c.json(present(await getWorkspace(db, actor.workspaceId)));
  })
  .get('/rates', async (c) => {
    const rows = await listCurrencyRates(c.get('deps').db, c.get('actor').workspaceId);
    return c.json({
      items: rows.map((r) => ({ from: r.from_currency, to: r.to_currency, rate: r.rate, updated_at: r.updated_at })),
    });
  })
  .post('/rates', async (c) => {
    const body = parseWith(setRateBody, await c.req.json(), 'rate');
    const { db } = c.get('deps');
    await setCurrencyRate(db, c.get('actor').workspaceId, body.from, body.to, body.rate);
    await recordAudit(db, c.get('actor'), 'rate.set', `${body.from}→${body.to}`, { rate: body.rate });
    return c.json({ ok: true as const });
  })
  .get('/stores', async (c) => {
    const { db } = c.get('deps');
    const actor = c.get('actor');
    const stores = await listStoreConnections(db, actor.workspaceId);
    const items = stores.map((s) => {
      const last = s.lastDelivery;
      return {
        platform: s.platform,
        shop: s.shop,
        webhook_url: publicUrl(c, `/webhooks/${s.platform}/${actor.workspaceSlug}`),
        connected_at: s.created_at,
        last_delivery: last
          ? { at: last.received_at, topic: last.topic, outcome: last.outcome, signature_ok: last.signature_ok === 1 }
          : null,
      };
    });
    return c.json({ items });
  })
  .post('/stores', async (c) => {
    const body = parseWith(connectStoreBody, await c.req.json(), 'store');
    const { db } = c.get('deps');
    const actor = c.get('actor');
    const done = await connectStore(
      db,
      c.get('runtime').secretKey(),
      actor.workspaceId,
      body.platform,
      body.secret,
      body.shop ?? null,
      adminAccessOf(body),
    );
    await recordAudit(db, actor, done.replaced ? 'store.secret_replaced' : 'store.connected', body.platform, {
      shop: body.shop ?? null,
    });
    return c.json({ ok: true as const });
  })
  .get('/domains', async (c) => {
    const domains = await getAllowedDomains(c.get('deps').db, c.get('actor').workspaceId);
    return c.json({ domains });
  })
  .put('/domains', async (c) => {
    refuseInSandbox(c.get('actor'), 'change where tracked links may point');
    const body = parseWith(workspaceDomainsSchema, await c.req.json(), 'body');
    const { db } = c.get('deps');
    const domains = await setWorkspaceDomains(db, c.get('actor').workspaceId, body.domains);
    await recordAudit(db, c.get('actor'), 'workspace.domains_set', null, { domains });
    return c.json({ domains });
  });
