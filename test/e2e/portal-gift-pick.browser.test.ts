// Gift picking in the creator portal on a 390 × 844 phone in headless Chromium (issue 14 items 1 and 3): the
// brand synced its Shopify catalog (a local replay server) and set her limits (2 items, GBP 40.00); she saves
// her address, an over-limit pick is refused with a clear message, a pick within the limits is accepted, and
// after the gift.order job she sees it ordered while the store holds exactly one zero-price order.
// Screenshots of the phone go to /tmp/shots-portal-gift/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaignSchema, enrollCreatorSchema } from '../../src/core/campaigns/campaign-input.ts';
import { startServer, type RunningServer } from '../../src/http/start-server.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import { createCampaign } from '../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../src/services/campaigns/enroll-creator.ts';
import { syncCatalog } from '../../src/services/catalog/sync-catalog.ts';
import { giftOrderJob } from '../../src/services/gifts/gift-order-job.ts';
import { setGiftLimits } from '../../src/services/gifts/set-gift-limits.ts';
import { runDueJobs } from '../../src/services/jobs/run-due-jobs.ts';
import { createPortalLink } from '../../src/services/portal/create-portal-link.ts';
import { connectStore } from '../../src/services/stores/connect-store.ts';
import { connect, type DB } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { TEST_SECRET_KEY, testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { type SeedingReplay, startShopifySeedingReplay } from '../support/store-seeding-replay.ts';
import { hasChromium, launchChromium, watchPage } from './browser.ts';

const SHOTS = '/tmp/shots-portal-gift';
const ADMIN_TOKEN = 'shpat_test_0123456789abcdef';
const key = Buffer.from(TEST_SECRET_KEY, 'hex');

describe.runIf(hasChromium)('gift picking in the portal on a phone', () => {
  let dir: string;
  let db: DB;
  let store: SeedingReplay;
  let server: RunningServer;
  let browser: Browser;
  let phone: Page;
  let problems: string[];
  let campaignId: number;
  let token: string;
  let link: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-gift-'));
    mkdirSync(SHOTS, { recursive: true });
    store = await startShopifySeedingReplay(ADMIN_TOKEN);
    const config = testConfig({ DATABASE_URL: join(dir, 'gift.db'), MICROREACH_DATA_DIR: dir });
    db = connect(config.database);
    await migrateToLatest(db);
    const ws = await ensureWorkspace(db, 'solea', { currency: 'GBP', name: 'Solea' });
    await setAllowedDomains(db, ws.id, ['shop.example']);
    await storeCreators(db, ws.id, [
      creatorRecord({ displayName: 'Ana' }, { handle: 'ana.anklets', followers: 31_000 }),
    ]);
    const owner = await createUser(db, {
      email: 'owner@solea.test',
      password: 'correct horse battery',
      workspace: 'solea',
      role: 'owner',
    });
    token = (await createApiToken(db, ws.id, 'check', { userId: owner.userId })).token;
    campaignId = (
      await createCampaign(
        db,
        ws.id,
        createCampaignSchema.parse({ name: 'Summer glow', destination_url: 'https://shop.example/glow' }),
      )
    ).id;
    await enrollCreator(db, ws.id, campaignId, enrollCreatorSchema.parse({ creator: 'instagram:ana.anklets' }));
    await connectStore(db, key, ws.id, 'shopify', 'webhook-secret-1', 'solea.myshopify.com', {
      url: `${store.origin}/admin/api/2025-01/graphql.json`,
      credentials: { admin_token: ADMIN_TOKEN },
    });
    await syncCatalog(db, key, ws.id, new Date());
    await setGiftLimits(
      db,
      ws.id,
      campaignId,
      'instagram:ana.anklets',
      { max_items: 2, max_value_minor: 4_000, max_gifts: 1, shipping_minor: 495 },
      new Date(),
    );
    server = await startServer({ db, config }, { host: '127.0.0.1', port: 0 });
    link = (
      await createPortalLink(db, key, ws.id, campaignId, 'instagram:ana.anklets', { userId: null, origin: server.url })
    ).url;
    browser = await launchChromium();
    phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'en-GB',
      isMobile: true,
      hasTouch: true,
    });
    problems = watchPage(phone, server.url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.destroy();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => phone.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const gifts = async () =>
    (
      (await (
        await fetch(`${server.url}/api/v1/campaigns/${campaignId}/gifts`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as {
        items: { status: string; value_minor: number; cost_minor: number | null; store_order_name: string | null }[];
      }
    ).items;

  it('she picks a gift within the limits; an over-limit pick is refused with a clear message', async () => {
    await phone.goto(link);
    await phone.getByRole('heading', { name: 'Your gift' }).waitFor();
    await phone.getByText('Save your shipping address above, then pick your gift here.').waitFor();
    await phone.locator('#a-name').fill('Ana Lima');
    await phone.locator('#a-address1').fill('1 High Street');
    await phone.locator('#a-city').fill('Leeds');
    await phone.locator('#a-zip').fill('LS1 1AA');
    await phone.locator('#a-country').fill('GB');
    await phone.getByRole('button', { name: 'Save the address' }).click();
    await phone.getByText('Your address is saved.').waitFor();
    await phone.getByText('Pick up to 2 items, worth up to £40.00 in total.').waitFor();
    expect(await phone.getByLabel(/Draft Lip Oil – Clear/).isDisabled()).toBe(true); // out of stock
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shot('1-gift-form');

    await phone.getByLabel(/Draft Lip Oil – Rose/).fill('2');
    await phone.getByLabel(/Glow Serum/).fill('1');
    await phone.getByRole('button', { name: 'Ask for this gift' }).click();
    const alert = phone.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('you picked 3 items; the brand allows 2');
    expect(await alert.textContent()).toContain('the total value is GBP 81.00; the brand allows GBP 40.00');
    await shot('2-over-limit');
    expect(await gifts()).toEqual([]);

    await phone.getByLabel(/Draft Lip Oil – Rose/).fill('2');
    await phone.getByLabel(/Glow Serum/).fill('0');
    await phone.getByRole('button', { name: 'Ask for this gift' }).click();
    await phone.getByText('Thank you. The brand is ordering your gift.').waitFor();
    await phone.getByText(/Asked for: the brand is making the order: 2 × Draft Lip Oil – Rose/).waitFor();
    await expect(phone.getByRole('button', { name: 'Ask for this gift' }).count()).resolves.toBe(0);
    expect(await gifts()).toMatchObject([{ status: 'requested', value_minor: 3_600, cost_minor: 840 }]);

    // The durable job makes the store order (as serve's job runner would).
    const run = await runDueJobs(db, [giftOrderJob({ key: () => key })], { now: new Date(Date.now() + 1_000) });
    expect(run).toMatchObject({ claimed: 1, done: 1 });
    expect(store.orders).toHaveLength(1);
    expect(store.orders[0]).toMatchObject({
      completed: true,
      input: { tags: expect.arrayContaining(['microreach-gift']) },
    });
    await phone.reload();
    await phone.getByText(/Ordered \(#1001\): 2 × Draft Lip Oil – Rose/).waitFor();
    await shot('3-ordered');
    expect(await gifts()).toMatchObject([{ status: 'ordered', store_order_name: '#1001' }]);
    // The only failed request is the refused pick (400, shown to her as the message above).
    expect(problems).toEqual([
      expect.stringMatching(/^400 .*\/gifts$/),
      'console: Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
  }, 120_000);
});
