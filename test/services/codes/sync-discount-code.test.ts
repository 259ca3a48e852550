// Codes created in the store (issue 15, item 1) against local replay servers of Shopify's Admin
// GraphQL API and WooCommerce's REST coupons, which refuse requests outside the documented shape.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaignSchema, enrollCreatorSchema } from '../../../src/http/schemas/campaigns.ts';
import { createCampaign } from '../../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../../src/services/campaigns/enroll-creator.ts';
import { deactivateEndedCodes } from '../../../src/services/codes/deactivate-ended-codes.ts';
import { syncDiscountCode } from '../../../src/services/codes/sync-discount-code.ts';
import { connectStore } from '../../../src/services/stores/connect-store.ts';
import type { StorePlatform } from '../../../src/storage/schema.ts';
import { setAllowedDomains } from '../../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { TEST_SECRET_KEY } from '../../support/commerce.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { type AdminReplay, startShopifyAdminReplay, startWooCouponsReplay } from '../../support/store-admin-replay.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const key = Buffer.from(TEST_SECRET_KEY, 'hex');
const TOKEN = 'shpat_test_0123456789abcdef';

const stores: { platform: StorePlatform; start: () => Promise<AdminReplay>; admin: (origin: string) => object }[] = [
  {
    platform: 'shopify',
    start: () => startShopifyAdminReplay(TOKEN),
    admin: (origin) => ({ url: `${origin}/admin/api/2025-01/graphql.json`, credentials: { admin_token: TOKEN } }),
  },
  {
    platform: 'woocommerce',
    start: () => startWooCouponsReplay('ck_test', 'cs_test'),
    admin: (origin) => ({ url: origin, credentials: { consumer_key: 'ck_test', consumer_secret: 'cs_test' } }),
  },
];

describe.each(testDialects)('discount codes created in the store on %s', (dialect) => {
  describe.each(stores)('$platform', ({ platform, start, admin }) => {
    let t: TestDatabase;
    let store: AdminReplay;
    let ws: number;
    let campaignId: number;
    const enroll = async (handle: string, terms: Record<string, unknown>, workspaceId = ws, campaign = campaignId) =>
      enrollCreator(
        t.db,
        workspaceId,
        campaign,
        enrollCreatorSchema.parse({ creator: `instagram:${handle}`, ...terms }),
      );
    const codeRow = (id: number) =>
      t.db.selectFrom('discount_codes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    beforeEach(async () => {
      t = await openTestDatabase(dialect);
      store = await start();
      ws = (await ensureWorkspace(t.db, 'acme', { currency: 'GBP' })).id;
      await setAllowedDomains(t.db, ws, ['shop.example']);
      await storeCreators(t.db, ws, [
        creatorRecord({}, { handle: 'ana', followers: 30_000 }),
        creatorRecord({}, { handle: 'ben', followers: 40_000 }),
      ]);
      campaignId = (
        await createCampaign(
          t.db,
          ws,
          createCampaignSchema.parse({
            name: 'Spring',
            destination_url: 'https://shop.example/',
            currency: 'GBP',
            starts_on: '2026-03-01',
            ends_on: '2026-03-31',
          }),
        )
      ).id;
      await connectStore(t.db, key, ws, platform, 'webhook-secret-1', 'shop.example', admin(store.origin) as never);
    });
    afterEach(async () => {
      await store.close();
      await t.close();
    });

    it('creates a percentage code with its limits and dates, once, and records it as synced', async () => {
      const { codeId } = await enroll('ana', { code: 'ANA20', code_percent_off: 20, code_usage_limit: 500 });
      const result = await syncDiscountCode(t.db, key, ws, codeId!);
      expect(result).toMatchObject({ status: 'synced', error: null });
      expect(store.codes).toHaveLength(1);
      const sent = store.codes[0]!.input;
      if (platform === 'shopify')
        expect(sent).toMatchObject({
          code: 'ANA20',
          startsAt: '2026-03-01T00:00:00Z',
          endsAt: '2026-03-31T23:59:59Z',
          customerGets: { value: { percentage: 0.2 }, items: { all: true } },
          appliesOncePerCustomer: true,
          usageLimit: 500,
        });
      else
        expect(sent).toMatchObject({
          code: 'ANA20',
          discount_type: 'percent',
          amount: '20',
          usage_limit: 500,
          usage_limit_per_user: 1,
          date_expires_gmt: '2026-03-31T23:59:59',
        });
      expect((await codeRow(codeId!)).store_ref).toBe(result.storeRef);
      // Asking again changes nothing in the store.
      expect((await syncDiscountCode(t.db, key, ws, codeId!)).status).toBe('synced');
      expect(store.codes).toHaveLength(1);
    });

    it('sends a fixed amount as exact decimal text', async () => {
      const { codeId } = await enroll('ana', {
        code: 'ANA5',
        code_amount_off_minor: 1050,
        code_once_per_customer: false,
      });
      expect((await syncDiscountCode(t.db, key, ws, codeId!)).status).toBe('synced');
      const sent = store.codes[0]!.input;
      if (platform === 'shopify')
        expect(sent).toMatchObject({
          customerGets: { value: { discountAmount: { amount: '10.50', appliesOnEachItem: false } } },
          appliesOncePerCustomer: false,
        });
      else expect(sent).toMatchObject({ discount_type: 'fixed_cart', amount: '10.50', usage_limit_per_user: null });
    });

    it('never creates two codes when a retry follows a timeout', async () => {
      const { codeId } = await enroll('ana', { code: 'ANA20', code_percent_off: 20 });
      store.stallNextCreate(1_500);
      const first = await syncDiscountCode(t.db, key, ws, codeId!, { timeoutMs: 300 });
      expect(first.status).toBe('pending');
      expect(first.error).toMatch(/could not reach/);
      // The store did create it; the retry finds it by its code instead of creating another.
      const retry = await syncDiscountCode(t.db, key, ws, codeId!);
      expect(retry.status).toBe('synced');
      expect(store.codes).toHaveLength(1);
      expect(retry.storeRef).toBe(
        platform === 'shopify' ? `gid://shopify/DiscountCodeNode/${store.codes[0]!.id}` : String(store.codes[0]!.id),
      );
      const creates = store.requests.filter((r) =>
        platform === 'shopify' ? r.operation === 'discountCodeBasicCreate' : r.method === 'POST',
      );
      expect(creates).toHaveLength(1);
    });

    it("records the store's own words when it refuses", async () => {
      await connectStore(t.db, key, ws, platform, 'webhook-secret-1', 'shop.example', {
        ...(admin(store.origin) as { url: string }),
        credentials:
          platform === 'shopify' ? { admin_token: 'wrong' } : { consumer_key: 'ck_test', consumer_secret: 'no' },
      });
      const { codeId } = await enroll('ana', { code: 'ANA20', code_percent_off: 20 });
      const result = await syncDiscountCode(t.db, key, ws, codeId!);
      expect(result.status).toBe('failed');
      expect(result.error).toMatch(
        platform === 'shopify'
          ? /401: \[API\] Invalid API key or access token/
          : /401: Sorry, you cannot list resources/,
      );
      expect((await codeRow(codeId!)).sync_error).toBe(result.error);
      expect(store.codes).toHaveLength(0);
    });

    it('sends nothing when the code has no terms, and says why', async () => {
      const { codeId } = await enroll('ana', { code: 'ANA' });
      const result = await syncDiscountCode(t.db, key, ws, codeId!);
      expect(result).toMatchObject({ status: 'not_synced', error: expect.stringMatching(/no discount terms/) });
      expect(store.requests).toHaveLength(0);
    });

    it('deactivates the codes of an ended campaign, once', async () => {
      const { codeId } = await enroll('ana', { code: 'ANA20', code_percent_off: 20 });
      await syncDiscountCode(t.db, key, ws, codeId!);
      expect(await deactivateEndedCodes(t.db, key, ws, new Date('2026-03-31T23:00:00Z'))).toEqual({
        deactivated: [],
        failed: [],
      });
      expect(await deactivateEndedCodes(t.db, key, ws, new Date('2026-04-01T00:00:01Z'))).toEqual({
        deactivated: ['ANA20'],
        failed: [],
      });
      expect(store.codes[0]!.active).toBe(false);
      expect(await codeRow(codeId!)).toMatchObject({
        sync_status: 'deactivated',
        deactivated_at: '2026-04-01T00:00:01.000Z',
      });
      expect((await deactivateEndedCodes(t.db, key, ws, new Date('2026-04-02T00:00:00Z'))).deactivated).toEqual([]);
    });

    it("never reaches another workspace's code or store", async () => {
      const other = (await ensureWorkspace(t.db, 'other', { currency: 'GBP' })).id;
      const { codeId } = await enroll('ana', { code: 'ANA20', code_percent_off: 20 });
      await expect(syncDiscountCode(t.db, key, other, codeId!)).rejects.toThrow(/not in workspace/);
      expect(await deactivateEndedCodes(t.db, key, other, new Date('2026-05-01T00:00:00Z'))).toEqual({
        deactivated: [],
        failed: [],
      });
      expect(store.requests).toHaveLength(0);
    });
  });
});
