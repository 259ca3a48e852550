// On a 390 × 844 phone in headless Chromium, the creator opens her portal link, taps "Connect Instagram", goes
// through the (replayed) Instagram authorization and comes back to her portal, which says her Instagram is connected
// and her audience verified; the brand's vetting report says verified too. Screenshots go to /tmp/shots-connect/.
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
import { createPortalLink } from '../../src/services/portal/create-portal-link.ts';
import { connect, type DB } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { TEST_SECRET_KEY, testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { instagramEnv, startInstagramProvider, type ProviderServer } from '../support/oauth-provider-servers.ts';
import { hasChromium, launchChromium, watchPage } from './browser.ts';

const SHOTS = '/tmp/shots-connect';

describe.runIf(hasChromium)('creator connects Instagram from her portal on a phone', () => {
  let dir: string;
  let db: DB;
  let ig: ProviderServer;
  let server: RunningServer;
  let browser: Browser;
  let phone: Page;
  let problems: string[];
  let token: string;
  let link: string;
  let creatorId: number;
  const app = { clientId: '990602627938098', clientSecret: 'ig-app-secret', redirectUri: '' };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-connect-'));
    mkdirSync(SHOTS, { recursive: true });
    ig = await startInstagramProvider(app);
    const config = testConfig({
      DATABASE_URL: join(dir, 'connect.db'),
      MICROREACH_DATA_DIR: dir,
      ...instagramEnv(ig.origin, app),
    });
    db = connect(config.database);
    await migrateToLatest(db);
    const ws = await ensureWorkspace(db, 'demo', { currency: 'GBP', name: 'Solea' });
    await setAllowedDomains(db, ws.id, ['shop.example']);
    await storeCreators(db, ws.id, [
      creatorRecord({ displayName: 'Ana Anklets' }, { handle: 'ana.anklets', followers: 31_000 }),
    ]);
    creatorId = Number(
      (
        await db
          .selectFrom('accounts')
          .select('creator_id')
          .where('handle', '=', 'ana.anklets')
          .executeTakeFirstOrThrow()
      ).creator_id,
    );
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
        starts_on: '2030-06-01',
        ends_on: '2030-07-31',
        destination_url: 'https://shop.example/anklets',
      }),
    );
    await enrollCreator(
      db,
      ws.id,
      campaign.id,
      enrollCreatorSchema.parse({ creator: 'instagram:ana.anklets', fee_minor: 30_000 }),
    );
    server = await startServer({ db, config }, { host: '127.0.0.1', port: 0 });
    // The redirect URI registered at the provider: this installation's callback.
    app.redirectUri = `${server.url}/oauth/instagram/callback`;
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
    await ig?.close();
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('connects her Instagram and shows her audience verified, to her and to the brand', async () => {
    await phone.goto(link);
    const section = phone.locator('#connections');
    await section.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: join(SHOTS, '1-before.png'), fullPage: true });
    expect(await phone.getByText('Your audience is verified').count()).toBe(0);

    await phone.getByRole('button', { name: 'Connect Instagram' }).click();
    await phone.getByRole('status').filter({ hasText: 'Your account is connected.' }).waitFor();
    await phone.getByText('Instagram: connected as @ana.anklets').waitFor();
    await phone
      .getByText('Your audience is verified from your Instagram insights (29,400 followers counted).')
      .waitFor();
    expect(new URL(phone.url()).pathname).toBe(new URL(link).pathname);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: join(SHOTS, '2-connected.png'), fullPage: true });

    const vetting = await fetch(`${server.url}/api/v1/creators/${creatorId}/vetting`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await vetting.json()) as { audience: { source: string } }).audience.source).toBe('verified');
    // The only requests outside the installation are the two legs at the provider's authorization window.
    expect(problems.filter((p) => !p.startsWith(`outside request: ${ig.origin}/oauth/authorize?`))).toEqual([]);
  }, 120_000);
});
