// Catalog and seeding through the app (SQLite; the storage is covered on both dialects in
// test/services/gifts): the brand syncs and lists the catalog, lists and sets a creator's gift limits; another
// workspace sees none of it and cannot set limits on the campaign; her gift order's shipment arrives as a signed
// Shopify orders/fulfilled delivery, marks the gift shipped and is never stored as an (attributable) order; the
// campaign report counts the gift's product cost and shipping as her spend.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { campaignReportSchema } from '../../src/http/schemas/campaigns.ts';
import {
  campaignGiftLimitsSchema,
  catalogPageSchema,
  catalogSyncedSchema,
  giftListSchema,
} from '../../src/http/schemas/seeding.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import { giftOrderJob } from '../../src/services/gifts/gift-order-job.ts';
import { requestGift } from '../../src/services/gifts/request-gift.ts';
import { runDueJobs } from '../../src/services/jobs/run-due-jobs.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { connectStore } from '../../src/services/stores/connect-store.ts';
import { saveShippingAddress } from '../../src/storage/portal/shipping-addresses.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { SHOP_SECRET, TEST_SECRET_KEY, quietRuntime, shopifyHeaders, testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { type SeedingReplay, startShopifySeedingReplay } from '../support/store-seeding-replay.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

const key = Buffer.from(TEST_SECRET_KEY, 'hex');
const ADMIN_TOKEN = 'shpat_test_0123456789abcdef';

describe('catalog and seeding API', () => {
  let t: TestDatabase;
  let store: SeedingReplay;
  let runtime: Runtime;
  let app: ReturnType<typeof createApp>;
  let token: string;
  let otherToken: string;
  let ws: number;
  let campaignId: number;
  const api = (path: string, body?: unknown, as = token) =>
    app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeEach(async () => {
    t = await openTestDatabase('sqlite');
    store = await startShopifySeedingReplay(ADMIN_TOKEN);
    const owner = await createUser(t.db, {
      email: 'o@acme.test',
      password: 'correct horse battery',
      workspace: 'acme',
      role: 'owner',
    });
    const stranger = await createUser(t.db, {
      email: 's@other.test',
      password: 'correct horse battery',
      workspace: 'other',
      role: 'owner',
    });
    ws = owner.workspaceId;
    token = (await createApiToken(t.db, ws, 'test', { userId: owner.userId })).token;
    otherToken = (await createApiToken(t.db, stranger.workspaceId, 'test', { userId: stranger.userId })).token;
    await t.db.updateTable('workspaces').set({ currency: 'GBP' }).where('id', '=', ws).execute();
    await setAllowedDomains(t.db, ws, ['shop.example']);
    await storeCreators(t.db, ws, [creatorRecord({}, { handle: 'ana', followers: 30_000 })]);
    await connectStore(t.db, key, ws, 'shopify', SHOP_SECRET, 'test.myshopify.com', {
      url: `${store.origin}/admin/api/2025-01/graphql.json`,
      credentials: { admin_token: ADMIN_TOKEN },
    });
    runtime = quietRuntime(t.db);
    app = createApp({ db: t.db, config: testConfig(), runtime });
    const created = await api('/api/v1/campaigns', {
      name: 'Glow',
      destination_url: 'https://shop.example/',
      currency: 'GBP',
    });
    campaignId = ((await created.json()) as { id: number }).id;
    expect(
      (await api(`/api/v1/campaigns/${campaignId}/creators`, { creator: 'instagram:ana', deal_status: 'agreed' }))
        .status,
    ).toBe(201);
  });
  afterEach(async () => {
    await runtime.close();
    await store.close();
    await t.close();
  });

  it('syncs, lists and limits per workspace; a shipped gift is spend and never a sale', async () => {
    const synced = await api('/api/v1/catalog/sync', {});
    expect(synced.status).toBe(200);
    expect(catalogSyncedSchema.strict().parse(await synced.json())).toEqual({
      platform: 'shopify',
      variants: 3,
      gone: 0,
      unknown_cost: 1,
    });
    const page = catalogPageSchema.parse(await (await api('/api/v1/catalog?available=true&per_page=2')).json());
    expect(page).toMatchObject({ total: 3, total_pages: 2 });
    expect(page.items.map((i) => [i.title, i.cost_minor])).toEqual([
      ['Draft Lip Oil – Clear', 420],
      ['Draft Lip Oil – Rose', 420],
    ]);
    // Another workspace: no catalog, no campaign.
    expect(catalogPageSchema.parse(await (await api('/api/v1/catalog', undefined, otherToken)).json()).total).toBe(0);
    const limits = { creator: 'instagram:ana', max_items: 2, max_value_minor: 4_000, shipping_minor: 495 };
    expect((await api(`/api/v1/campaigns/${campaignId}/gift-limits`, limits, otherToken)).status).toBe(404);
    expect((await api(`/api/v1/campaigns/${campaignId}/gifts`, undefined, otherToken)).status).toBe(404);
    expect((await api(`/api/v1/campaigns/${campaignId}/gift-limits`, undefined, otherToken)).status).toBe(404);
    const dealLimits = async () =>
      campaignGiftLimitsSchema.strict().parse(await (await api(`/api/v1/campaigns/${campaignId}/gift-limits`)).json());
    expect(await dealLimits()).toEqual({
      seeding_store: 'shopify',
      items: [{ enrollment_id: expect.any(Number), creator: 'instagram:ana', limits: null }],
    });
    const bad = await api(`/api/v1/campaigns/${campaignId}/gift-limits`, { ...limits, max_items: 0 });
    expect(bad.status).toBe(400);
    const set = await api(`/api/v1/campaigns/${campaignId}/gift-limits`, limits);
    const saved = (await set.json()) as { enrollment_id: number };
    expect(saved).toMatchObject({ max_items: 2, max_gifts: 1, shipping_minor: 495 });
    const enrollmentId = saved.enrollment_id;
    expect((await dealLimits()).items).toEqual([
      {
        enrollment_id: enrollmentId,
        creator: 'instagram:ana',
        limits: {
          max_items: 2,
          max_value_minor: 4_000,
          max_gifts: 1,
          shipping_minor: 495,
          updated_at: expect.any(String),
        },
      },
    ]);
    await saveShippingAddress(
      t.db,
      ws,
      enrollmentId,
      { name: 'Ana Lima', address1: '1 High St', city: 'Leeds', zip: 'LS1', country: 'GB' },
      new Date().toISOString(),
    );
    await requestGift(t.db, { workspaceId: ws, enrollmentId }, new Map([[page.items[1]!.id, 2]]), new Date());
    expect(
      await runDueJobs(t.db, [giftOrderJob({ key: () => key })], { now: new Date(Date.now() + 1_000) }),
    ).toMatchObject({ done: 1 });
    const [gift] = giftListSchema.parse(await (await api(`/api/v1/campaigns/${campaignId}/gifts`)).json()).items;
    expect(gift).toMatchObject({
      creator: 'instagram:ana',
      status: 'ordered',
      value_minor: 3_600,
      cost_minor: 840,
      shipping_minor: 495,
    });

    // The store tells us it shipped: orders/fulfilled of the gift order (tags as Shopify sends them).
    const body = JSON.stringify({
      id: 450789469,
      name: '#1001',
      tags: `microreach-gift, mr-gift-${ws}-${gift!.id}`,
      fulfillment_status: 'fulfilled',
      subtotal_price: '0.00',
      total_price: '0.00',
      currency: 'GBP',
      discount_codes: [],
    });
    for (const id of ['f-1', 'f-1-again']) {
      const res = await app.request(`/webhooks/shopify/acme`, {
        method: 'POST',
        headers: shopifyHeaders(body, 'orders/fulfilled', id),
        body,
      });
      expect(res.status).toBe(200);
    }
    const shipped = giftListSchema.parse(await (await api(`/api/v1/campaigns/${campaignId}/gifts`)).json()).items[0]!;
    expect(shipped).toMatchObject({ status: 'shipped', shipped_at: expect.any(String) });
    expect(await t.db.selectFrom('orders').select('id').execute()).toEqual([]);

    const answer = await api(`/api/v1/campaigns/${campaignId}/report`);
    const report = campaignReportSchema.parse(await answer.json());
    expect(report.creators[0]!.spend).toMatchObject({ gifted_minor: 840, shipping_minor: 495, unknown_gift_costs: 0 });
  });
});
