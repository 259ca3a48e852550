// The creator portal on a 390 × 844 phone in headless Chromium: she opens her magic link, reads and accepts the
// terms (the evidence is checked through the API), submits a draft URL, the brand approves it in the web app, and
// she sees it approved. Screenshots of the phone go to /tmp/shots-portal/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaignSchema, enrollCreatorSchema } from '../../src/core/campaigns/campaign-input.ts';
import { dealTermsSchema } from '../../src/core/content/deal-terms.ts';
import { startServer, type RunningServer } from '../../src/http/start-server.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import { createCampaign } from '../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../src/services/campaigns/enroll-creator.ts';
import { createPortalLink } from '../../src/services/portal/create-portal-link.ts';
import { setDealTerms } from '../../src/services/portal/set-deal-terms.ts';
import { connect, type DB } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { setCurrencyRate } from '../../src/storage/currency-rates/set-currency-rate.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { TEST_SECRET_KEY, testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { hasChromium, launchChromium, watchPage } from './browser.ts';

const SHOTS = '/tmp/shots-portal';

describe.runIf(hasChromium)('creator portal on a phone', () => {
  let dir: string;
  let db: DB;
  let server: RunningServer;
  let browser: Browser;
  let phone: Page;
  let problems: string[];
  let campaignId: number;
  let token: string;
  let link: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-portal-'));
    mkdirSync(SHOTS, { recursive: true });
    const config = testConfig({ DATABASE_URL: join(dir, 'portal.db'), MICROREACH_DATA_DIR: dir });
    db = connect(config.database);
    await migrateToLatest(db);
    const ws = await ensureWorkspace(db, 'demo', { currency: 'GBP', name: 'Solea' });
    await setCurrencyRate(db, ws.id, 'USD', 'GBP', '0.79');
    await setAllowedDomains(db, ws.id, ['shop.example']);
    await storeCreators(db, ws.id, [
      creatorRecord({ displayName: 'Ana Anklets' }, { handle: 'ana.anklets', followers: 31_000 }),
    ]);
    const owner = await createUser(db, {
      email: 'owner@solea.test',
      password: 'correct horse battery',
      workspace: 'demo',
      role: 'owner',
    });
    token = (await createApiToken(db, ws.id, 'check', { userId: owner.userId })).token;
    const campaign = await createCampaign(
      db,
      ws.id,
      createCampaignSchema.parse({
        name: 'Summer anklets',
        brief: 'Show the anklets with summer sandals, outdoors, in daylight.',
        starts_on: '2030-06-01',
        ends_on: '2030-07-31',
        destination_url: 'https://shop.example/anklets',
      }),
    );
    campaignId = campaign.id;
    await enrollCreator(
      db,
      ws.id,
      campaign.id,
      enrollCreatorSchema.parse({
        creator: 'instagram:ana.anklets',
        fee_minor: 30_000,
        gifted_minor: 4_500,
        commission_bps: 1_000,
        code: 'ANA15',
        link_key: 'ana-summer',
      }),
    );
    await setDealTerms(
      db,
      ws.id,
      campaign.id,
      'instagram:ana.anklets',
      dealTermsSchema.parse({
        deliverables: [
          { type: 'reel', due_on: '2030-06-30', brand_handles: ['@solea'], require_code: true, min_online_days: 30 },
          { type: 'story', count: 2, hashtags: ['#soleasummer'] },
        ],
        usage_rights: { organic: true, paid_ads: false, days: 90 },
      }),
    );
    server = await startServer({ db, config }, { host: '127.0.0.1', port: 0 });
    link = (
      await createPortalLink(db, Buffer.from(TEST_SECRET_KEY, 'hex'), ws.id, campaign.id, 'instagram:ana.anklets', {
        userId: null,
        origin: server.url,
      })
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
    rmSync(dir, { recursive: true, force: true });
  });

  const content = async () => {
    const res = await fetch(`${server.url}/api/v1/campaigns/${campaignId}/content`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return (
      (await res.json()) as {
        creators: {
          terms_state: string;
          answers: Record<string, unknown>[];
          drafts: { id: number; status: string }[];
        }[];
      }
    ).creators[0]!;
  };
  const shot = (name: string) => phone.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  it('lets her accept the terms, submit a draft the brand approves in the app, and see the result', async () => {
    await phone.goto(link);
    await phone.getByRole('heading', { name: 'Summer anklets' }).waitFor();
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shot('1-terms');

    await phone.getByLabel('Type your full name to accept').fill('Ana Lima');
    await phone.getByRole('button', { name: 'Accept the terms' }).click();
    await phone.getByRole('status').filter({ hasText: 'Your acceptance is saved' }).waitFor();
    await shot('2-accepted');
    const accepted = await content();
    expect(accepted.terms_state).toBe('accepted');
    expect(accepted.answers[0]).toMatchObject({ kind: 'accepted', typed_name: 'Ana Lima' });
    expect(String(accepted.answers[0]!.user_agent)).toContain('Chrome');
    expect(accepted.answers[0]!.terms_sha256).toMatch(/^[0-9a-f]{64}$/);

    await phone.getByLabel('Link to your draft').fill('https://drive.example/ana-reel-v1.mp4');
    await phone.getByLabel('Comment (optional)').fill('First cut, daylight at the beach');
    await phone.getByRole('button', { name: 'Submit the draft' }).click();
    await phone.getByText('Your draft is sent for review.').waitFor();
    await shot('3-draft-submitted');

    const brand = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const brandProblems = watchPage(brand, server.url);
    await brand.goto(`${server.url}/login`);
    await brand.getByRole('button', { name: 'Open the demo workspace' }).click();
    await brand.goto(`${server.url}/campaigns/${campaignId}`);
    const section = brand.getByRole('region', { name: 'Portal and content' });
    await section.getByText('accepted', { exact: true }).waitFor();
    await section.getByRole('button', { name: 'Approve draft' }).click();
    await section.getByText('approved', { exact: true }).waitFor();
    const approved = await content();
    expect(approved.drafts[0]!.status).toBe('approved');
    expect(brandProblems).toEqual([]);
    await brand.close();

    await phone.reload();
    await phone.getByText('Approved', { exact: true }).waitFor();
    await phone.locator('#results').scrollIntoViewIfNeeded();
    await shot('4-approved-and-results');
    expect(problems).toEqual([]);
  }, 120_000);
});
