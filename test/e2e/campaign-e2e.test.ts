// End to end through a listening server on a SQLite file: create a campaign over the API, follow the
// tracked link like a browser, send signed Shopify deliveries built from the real recorded payloads,
// and read the report.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/start-server.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { connect, type DB } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { connectShopify, shopifyHeaders, shopifyOrder, shopifyRefund, testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { hasTestData } from '../support/test-data.ts';

const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

describe.runIf(hasTestData)('campaign end to end on a running server', () => {
  let dir: string;
  let db: DB;
  let server: RunningServer;
  let token: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-e2e-'));
    const config = testConfig({ DATABASE_URL: join(dir, 'e2e.db'), MICROREACH_DATA_DIR: dir });
    db = connect(config.database);
    await migrateToLatest(db);
    const ws = await ensureWorkspace(db, 'acme', { currency: 'HKD' });
    token = (await createApiToken(db, ws.id, 'e2e')).token;
    await setAllowedDomains(db, ws.id, ['shop.example']);
    await storeCreators(db, ws.id, [
      creatorRecord({ displayName: 'Mia Micro', email: 'mia@example.com' }, { handle: 'mia.micro', followers: 28_000 }),
      creatorRecord({ displayName: 'Max Macro' }, { handle: 'max.macro', followers: 750_000 }),
    ]);
    await connectShopify(db, ws.id);
    server = await startServer({ db, config }, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = async (path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const deliver = (payload: unknown, topic: string, id: string) => {
    const body = JSON.stringify(payload);
    return fetch(`${server.url}/webhooks/shopify/acme`, {
      method: 'POST',
      headers: shopifyHeaders(body, topic, id),
      body,
    });
  };

  it('tracks, attributes and reports a campaign', async () => {
    const campaign = (
      await api('/api/v1/campaigns', {
        name: 'Summer anklets',
        destination_url: 'https://shop.example/summer',
        window_days: 14,
      })
    ).body;
    expect(
      (
        await api(`/api/v1/campaigns/${campaign.id}/creators`, {
          creator: 'instagram:mia.micro',
          fee_minor: 50000,
          gifted_minor: 12000,
          shipping_minor: 3000,
          commission_bps: 1000,
          deal_status: 'agreed',
          code: '0124C',
          link_key: 'mia',
          impressions: 30000,
          engagements: 2400,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await api(`/api/v1/campaigns/${campaign.id}/creators`, {
          creator: 'instagram:max.macro',
          fee_minor: 500000,
          deal_status: 'agreed',
          code: '0124D',
          link_key: 'max',
          impressions: 900000,
        })
      ).status,
    ).toBe(201);

    // A browser follows Mia's link; a link-preview bot and a HEAD request follow it too but are not clicks.
    const click = await fetch(`${server.url}/r/mia`, {
      redirect: 'manual',
      headers: { 'user-agent': SAFARI, referer: 'https://l.instagram.com/' },
    });
    expect(click.status).toBe(302);
    const landing = new URL(click.headers.get('location')!);
    const clickId = landing.searchParams.get('mr_cid')!;
    expect(landing.searchParams.get('utm_content')).toBe('mia');
    const cookie = click.headers.get('set-cookie')!.split(';')[0]!;
    await fetch(`${server.url}/r/mia`, { redirect: 'manual', headers: { 'user-agent': SAFARI, cookie } });
    await fetch(`${server.url}/r/mia`, { redirect: 'manual', headers: { 'user-agent': 'facebookexternalhit/1.1' } });
    await fetch(`${server.url}/r/mia`, { method: 'HEAD', redirect: 'manual', headers: { 'user-agent': SAFARI } });
    // Clicks are written in batches every 250 ms; give the buffer one flush.
    await new Promise((r) => setTimeout(r, 400));

    const at = new Date(Date.now() + 5 * 60_000).toISOString();
    // 1. Landing URL carries mr_cid → Mia by click (#1069, 294.00).
    const o1 = shopifyOrder('dis2', {
      created_at: at,
      landing_site: landing.pathname + landing.search,
      email: 'jo@example.com',
    });
    // 2. Mia's code → Mia by code (#1070, 284.00), later refunded 84.00.
    const o2 = shopifyOrder('dis3', { created_at: at, email: 'sam@example.com' });
    // 3. Max's code → Max by code (#1071, 164.90).
    const o3 = shopifyOrder('dis4', { created_at: at, email: 'kim@example.com' });
    for (let i = 0; i < 3; i++) expect((await deliver(o1, 'orders/create', 'wh-o1')).status).toBe(200); // delivered 3 times
    expect((await deliver(o2, 'orders/create', 'wh-o2')).status).toBe(200);
    expect((await deliver(o3, 'orders/create', 'wh-o3')).status).toBe(200);
    expect((await deliver(o2, 'orders/paid', 'wh-o2-paid')).status).toBe(200);
    expect((await deliver(shopifyRefund(o2.id, 4242, '84.00', at), 'refunds/create', 'wh-r1')).status).toBe(200);
    const bad = JSON.stringify(o3);
    expect(
      (
        await fetch(`${server.url}/webhooks/shopify/acme`, {
          method: 'POST',
          headers: { ...shopifyHeaders(bad, 'orders/create', 'wh-bad'), 'x-shopify-hmac-sha256': 'AAAA' },
          body: bad,
        })
      ).status,
    ).toBe(401);

    const orders = (await api('/api/v1/orders')).body;
    expect(orders.total).toBe(3);
    const report = (await api(`/api/v1/campaigns/${campaign.id}/report`)).body;
    const [mia, max] = report.creators;
    // Mia: revenue 294.00 + 284.00 − 84.00 = 494.00; commission 49.40; spend 500 + 120 + 30 + 49.40 = 699.40.
    expect(mia).toMatchObject({
      clicks: 1,
      orders: { attributed: 2, new_customers: 2 },
      revenue: { gross_minor: 57800, refunds_minor: 8400, net_minor: 49400 },
      spend: { commission_minor: 4940, total_minor: 69940 },
      roas: 0.71,
      cpa_minor: 34970,
      cpm_minor: 2331,
      cpe_minor: 29,
      by_rule: { click: 1, discount_code: 1 },
    });
    // Max: 164.90 on 5,000.00 → ROAS 0.03; CPM 5,000.00 / 900,000 × 1000 = 5.56.
    expect(max).toMatchObject({
      clicks: 0,
      revenue: { net_minor: 16490 },
      spend: { total_minor: 500000 },
      roas: 0.03,
      cpm_minor: 556,
      cpe_minor: null,
      flags: { coupon_site: 0 },
    });
    // One code order without a click is normal: no code leak.
    expect(max.code_leak.suspected).toBe(false);
    expect(report.total).toMatchObject({
      clicks: 1,
      revenue: { net_minor: 65890 },
      spend: { total_minor: 569940 },
      roas: 0.12,
    });
    expect(report.tiers.micro_vs_larger.micro.roas).toBeGreaterThan(report.tiers.micro_vs_larger.larger.roas);

    const deliveries = (await api('/api/v1/webhook-deliveries?per_page=200')).body;
    expect(deliveries.total).toBe(8);
    expect(deliveries.items.map((d: { outcome: string }) => d.outcome).sort()).toEqual([
      'bad_signature',
      'duplicate',
      'duplicate',
      'processed',
      'processed',
      'processed',
      'processed',
      'processed',
    ]);
  });
});
