// Catalog sync and gift orders against the local replay servers of Shopify's Admin GraphQL API and WooCommerce's
// REST API (issue 14 item 3): the catalog is read page by page with cost where the store has it (unknown on
// WooCommerce), a re-sync changes nothing; a pick within the limits becomes ONE zero-price store order even when
// the store answers the create after the client's timeout and the job retries; the replay servers refuse
// malformed requests.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaignSchema, enrollCreatorSchema } from '../../../src/http/schemas/campaigns.ts';
import { createCampaign } from '../../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../../src/services/campaigns/enroll-creator.ts';
import { syncCatalog } from '../../../src/services/catalog/sync-catalog.ts';
import { giftOrderJob } from '../../../src/services/gifts/gift-order-job.ts';
import { requestGift } from '../../../src/services/gifts/request-gift.ts';
import { setGiftLimits } from '../../../src/services/gifts/set-gift-limits.ts';
import { jobHandlers } from '../../../src/services/jobs/job-handlers.ts';
import { runDueJobs } from '../../../src/services/jobs/run-due-jobs.ts';
import { connectStore } from '../../../src/services/stores/connect-store.ts';
import { listCatalog } from '../../../src/storage/catalog/list-catalog.ts';
import { saveShippingAddress } from '../../../src/storage/portal/shipping-addresses.ts';
import type { StorePlatform } from '../../../src/storage/schema.ts';
import { setAllowedDomains } from '../../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { TEST_SECRET_KEY } from '../../support/commerce.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import {
  type SeedingReplay,
  startShopifySeedingReplay,
  startWooSeedingReplay,
} from '../../support/store-seeding-replay.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const key = Buffer.from(TEST_SECRET_KEY, 'hex');
const TOKEN = 'shpat_test_0123456789abcdef';
const NOW = new Date('2026-03-10T09:00:00.000Z');
const ADDRESS = { name: 'Ana María López', address1: '1 High St', city: 'Leeds', zip: 'LS1 1AA', country: 'GB' };

const stores: {
  platform: StorePlatform;
  start: () => Promise<SeedingReplay>;
  admin: (origin: string) => object;
  /** The catalog as stored: title, price, cost, inventory. */
  catalog: [string, number, number | null, number | null][];
  /** The variant picked in the gift and the one out of stock. */
  pick: string;
  outOfStock: string | null;
}[] = [
  {
    platform: 'shopify',
    start: () => startShopifySeedingReplay(TOKEN),
    admin: (origin) => ({ url: `${origin}/admin/api/2025-01/graphql.json`, credentials: { admin_token: TOKEN } }),
    catalog: [
      ['Draft Lip Oil – Clear', 1800, 420, 0],
      ['Draft Lip Oil – Rose', 1800, 420, 12],
      ['Glow Serum', 4500, null, 40],
    ],
    pick: 'Draft Lip Oil – Rose',
    outOfStock: 'Draft Lip Oil – Clear',
  },
  {
    platform: 'woocommerce',
    start: () => startWooSeedingReplay('ck_test', 'cs_test'),
    admin: (origin) => ({ url: origin, credentials: { consumer_key: 'ck_test', consumer_secret: 'cs_test' } }),
    catalog: [
      ['Premium Quality', 2199, null, 5],
      ['Ship Your Idea – Black', 900, null, null],
      ['Ship Your Idea – Green', 900, null, 3],
    ],
    pick: 'Ship Your Idea – Green',
    outOfStock: null,
  },
];

describe('the job registry', () => {
  it('runs gift.order', () => {
    const kinds = jobHandlers({ secretKey: key, publicOrigin: 'http://localhost' }).map((h) => h.kind);
    expect(kinds).toContain('gift.order');
  });
});

describe.each(testDialects)('catalog and gift orders on %s', (dialect) => {
  describe.each(stores)('$platform', ({ platform, start, admin, catalog, pick, outOfStock }) => {
    let t: TestDatabase;
    let store: SeedingReplay;
    let ws: number;
    let campaignId: number;
    let enrollmentId: number;
    const run = (at: Date) =>
      runDueJobs(t.db, [giftOrderJob({ key: () => key, timeoutMs: 300 })], { now: at, random: () => 0.5 });
    const variantId = async (title: string) => {
      const rows = await listCatalog(t.db, ws);
      const row = rows.find(
        (r) => (r.variant_title ? `${r.product_title} – ${r.variant_title}` : r.product_title) === title,
      );
      return Number(row!.id);
    };

    beforeEach(async () => {
      t = await openTestDatabase(dialect);
      store = await start();
      ws = (await ensureWorkspace(t.db, 'acme', { currency: 'GBP' })).id;
      await setAllowedDomains(t.db, ws, ['shop.example']);
      await storeCreators(t.db, ws, [creatorRecord({}, { handle: 'ana', followers: 30_000 })]);
      campaignId = (
        await createCampaign(
          t.db,
          ws,
          createCampaignSchema.parse({ name: 'Spring', destination_url: 'https://shop.example/', currency: 'GBP' }),
        )
      ).id;
      enrollmentId = (
        await enrollCreator(t.db, ws, campaignId, enrollCreatorSchema.parse({ creator: 'instagram:ana' }), () => NOW)
      ).enrollmentId;
      await connectStore(t.db, key, ws, platform, 'webhook-secret-1', 'shop.example', admin(store.origin) as never);
    });
    afterEach(async () => {
      await store.close();
      await t.close();
    });

    it('syncs the catalog with cost where the store has it, and a re-sync changes nothing', async () => {
      const first = await syncCatalog(t.db, key, ws, NOW);
      expect(first).toMatchObject({ platform, variants: 3, gone: 0 });
      const rows = async () =>
        (await listCatalog(t.db, ws)).map((r) => [
          r.variant_title ? `${r.product_title} – ${r.variant_title}` : r.product_title,
          Number(r.price_minor),
          r.cost_minor === null ? null : Number(r.cost_minor),
          r.inventory,
        ]);
      expect(await rows()).toEqual(catalog);
      const before = await listCatalog(t.db, ws);
      expect(await syncCatalog(t.db, key, ws, new Date('2026-03-11T09:00:00.000Z'))).toMatchObject({
        variants: 3,
        gone: 0,
      });
      expect((await listCatalog(t.db, ws)).map((r) => r.id)).toEqual(before.map((r) => r.id));
      expect(await rows()).toEqual(catalog);
    });

    it('a timeout then a retry makes ONE store order at zero price, tagged, with our reference', async () => {
      await syncCatalog(t.db, key, ws, NOW);
      await setGiftLimits(t.db, ws, campaignId, 'instagram:ana', giftLimits(), NOW);
      await saveShippingAddress(t.db, ws, enrollmentId, ADDRESS, NOW.toISOString());
      const { giftId } = await requestGift(
        t.db,
        { workspaceId: ws, enrollmentId },
        new Map([[await variantId(pick), 2]]),
        NOW,
      );
      store.stallNextCreate(1_500);
      expect(await run(NOW)).toMatchObject({ claimed: 1, retried: 1 });
      expect(store.orders).toHaveLength(1);
      const gift = () => t.db.selectFrom('gifts').selectAll().where('id', '=', giftId).executeTakeFirstOrThrow();
      expect(await gift()).toMatchObject({ status: 'requested', error: expect.stringMatching(/could not reach/) });
      // The retry (due after the backoff) finds the order made by the first attempt.
      expect(await run(new Date(NOW.getTime() + 3_600_000))).toMatchObject({ claimed: 1, done: 1 });
      expect(store.orders).toHaveLength(1);
      const [order] = store.orders;
      expect(order!.completed).toBe(true);
      expect(order!.reference).toBe(`mr-gift-${ws}-${giftId}`);
      if (platform === 'shopify')
        expect(order!.input).toMatchObject({
          tags: ['microreach-gift', `mr-gift-${ws}-${giftId}`],
          appliedDiscount: { value: 100, valueType: 'PERCENTAGE' },
          lineItems: [{ variantId: 'gid://shopify/ProductVariant/43729076', quantity: 2 }],
          shippingAddress: { firstName: 'Ana María', lastName: 'López', countryCode: 'GB' },
        });
      else
        expect(order!.input).toMatchObject({
          set_paid: true,
          coupon_lines: [{ code: `mr-gift-${ws}-${giftId}` }],
          line_items: [{ product_id: 799, variation_id: 733, quantity: 2 }],
          meta_data: [{ key: '_microreach_gift', value: `mr-gift-${ws}-${giftId}` }],
        });
      expect(await gift()).toMatchObject({ status: 'ordered', store_order_ref: expect.any(String), error: null });
      expect(
        store.requests.filter((r) =>
          platform === 'shopify'
            ? r.operation === 'draftOrderCreate'
            : r.method === 'POST' && r.path.endsWith('/orders'),
        ),
      ).toHaveLength(1);
    });

    it('refuses a pick over the limits, out of stock, without an address, or a second gift', async () => {
      await syncCatalog(t.db, key, ws, NOW);
      const s = { workspaceId: ws, enrollmentId };
      const refusal = (picked: Map<number, number>) =>
        requestGift(t.db, s, picked, NOW).then(
          () => 'accepted',
          (e: { details: { message: string }[] }) => e.details.map((d) => d.message).join('; '),
        );
      const one = new Map([[await variantId(pick), 1]]);
      expect(await refusal(one)).toBe('the brand has not opened gift picking for this deal');
      await setGiftLimits(t.db, ws, campaignId, 'instagram:ana', giftLimits(), NOW);
      expect(await refusal(one)).toBe('save your shipping address first');
      await saveShippingAddress(t.db, ws, enrollmentId, ADDRESS, NOW.toISOString());
      expect(await refusal(new Map([[await variantId(pick), 3]]))).toMatch(/you picked 3 items; the brand allows 2/);
      expect(await refusal(new Map([[await variantId(catalog[0]![0]), 2]]))).toMatch(
        outOfStock
          ? /Draft Lip Oil – Clear is out of stock/
          : /the total value is GBP 43.98; the brand allows GBP 40.00/,
      );
      expect(await refusal(one)).toBe('accepted');
      expect(await refusal(one)).toBe('you already asked for your gift');
      expect(await t.db.selectFrom('jobs').select('kind').execute()).toEqual([{ kind: 'gift.order' }]);
    });
  });
});

const giftLimits = () => ({ max_items: 2, max_value_minor: 4000, max_gifts: 1, shipping_minor: 495 });

describe('the replay servers refuse malformed requests', () => {
  it('Shopify: a draftOrderCreate without line items or with a price field is refused', async () => {
    const store = await startShopifySeedingReplay(TOKEN);
    try {
      const post = (variables: object) =>
        fetch(`${store.origin}/admin/api/2025-01/graphql.json`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-shopify-access-token': TOKEN },
          body: JSON.stringify({
            query:
              'mutation draftOrderCreate($input: DraftOrderInput!) {\n  draftOrderCreate(input: $input) { draftOrder { id } }\n}',
            variables,
          }),
        }).then((r) => r.json() as Promise<{ errors?: { message: string }[] }>);
      const address = { address1: '1 High St', city: 'Leeds', countryCode: 'GB' };
      const discount = { value: 100, valueType: 'PERCENTAGE' };
      expect(
        (await post({ input: { lineItems: [], appliedDiscount: discount, tags: [], shippingAddress: address } }))
          .errors?.[0]?.message,
      ).toMatch(/Variables of draftOrderCreate are invalid: input.lineItems/);
      expect(
        (
          await post({
            input: {
              lineItems: [{ variantId: 'gid://shopify/ProductVariant/1', quantity: 1, originalUnitPrice: '0' }],
              appliedDiscount: discount,
              tags: [],
              shippingAddress: address,
            },
          })
        ).errors?.[0]?.message,
      ).toMatch(/Unrecognized key/);
      expect(store.orders).toHaveLength(0);
    } finally {
      await store.close();
    }
  });

  it('WooCommerce: an order without set_paid, or with a coupon the store does not have, is refused', async () => {
    const store = await startWooSeedingReplay('ck_test', 'cs_test');
    try {
      const post = (body: object) =>
        fetch(`${store.origin}/wp-json/wc/v3/orders`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Basic ${Buffer.from('ck_test:cs_test').toString('base64')}`,
          },
          body: JSON.stringify(body),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as { code: string; message: string } }));
      const order = {
        set_paid: true,
        line_items: [{ product_id: 794, quantity: 1 }],
        shipping: {
          first_name: 'A',
          last_name: 'L',
          address_1: '1 High St',
          address_2: '',
          city: 'Leeds',
          postcode: 'LS1',
          country: 'GB',
        },
        coupon_lines: [{ code: 'nope' }],
        meta_data: [],
      };
      const { set_paid: _, ...unpaid } = order;
      expect(await post(unpaid)).toMatchObject({
        status: 400,
        body: { code: 'rest_invalid_param', message: /set_paid/ },
      });
      expect(await post(order)).toMatchObject({ status: 400, body: { code: 'woocommerce_rest_invalid_coupon' } });
      expect(store.orders).toHaveLength(0);
    } finally {
      await store.close();
    }
  });
});
