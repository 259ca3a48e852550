// The storefront snippet works from a store's own pages, which are another origin: a shopper follows
// a tracked link to the store, the store's page loads /snippet.js from microreach, the snippet keeps
// the click id and reports the Shopify cart token to /t/checkout. When the global security headers
// overwrote the snippet's Cross-Origin-Resource-Policy with same-origin, Chromium refused the script
// and attribution through the snippet silently did nothing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/http/start-server.ts';
import { createCampaign } from '../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../src/services/campaigns/enroll-creator.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { createSchemaInput } from '../http/campaign-input.ts';
import { quietRuntime, testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { hasChromium, launchChromium, NO_CHROMIUM } from '../support/browser.ts';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

if (!hasChromium) process.stderr.write(`${NO_CHROMIUM}\n`);

describe.runIf(hasChromium)('the storefront snippet on another origin', () => {
  let t: TestDatabase;
  let app: RunningServer;
  let store: Server;
  let storeOrigin: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    // The store: a product page that loads the snippet the way a merchant pastes it, and Shopify's cart endpoint.
    store = createServer((req, res) => {
      if (req.url === '/cart/update.js')
        return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"cart-token-42"}');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Shop</title>
<script>window.Shopify = {};</script><script src="${app.url}/snippet.js?w=acme"></script><h1>Anklets</h1>`);
    });
    await new Promise<void>((done) => store.listen(0, 'localhost', done));
    storeOrigin = `http://localhost:${(store.address() as AddressInfo).port}`;
    const ws = (await ensureWorkspace(t.db, 'acme', { currency: 'USD' })).id;
    // The store is this workspace's site: its tracked links may point there.
    await setAllowedDomains(t.db, ws, ['localhost']);
    await storeCreators(t.db, ws, [creatorRecord({}, { handle: 'ana', followers: 30_000 })]);
    const campaign = await createCampaign(
      t.db,
      ws,
      createSchemaInput({ name: 'C', destination_url: `${storeOrigin}/products/anklet` }),
    );
    await enrollCreator(t.db, ws, campaign.id, createSchemaInput.enroll({ creator: 'instagram:ana', link_key: 'ana' }));
    app = await startServer(
      { db: t.db, config: testConfig(), runtime: quietRuntime(t.db) },
      { host: '127.0.0.1', port: 0 },
    );
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await new Promise((done) => store?.close(done));
    await t?.close();
  });

  it('keeps the click id on the store page and reports the cart token', async () => {
    const page = await (await browser.newContext({ userAgent: CHROME })).newPage();
    const blocked: string[] = [];
    page.on('requestfailed', (r) => blocked.push(`${r.url()} ${r.failure()?.errorText}`));
    const snippet = page.waitForResponse((r) => r.url().includes('/snippet.js'));
    await page.goto(`${app.url}/r/ana`);
    expect(new URL(page.url()).origin).toBe(storeOrigin);
    const cid = new URL(page.url()).searchParams.get('mr_cid');
    expect((await snippet).headers()['cross-origin-resource-policy']).toBe('cross-origin');

    await page.waitForFunction('window.microreach !== undefined', undefined, { timeout: 10_000 });
    expect(blocked).toEqual([]);
    expect(await page.evaluate('window.microreach.clickId()')).toBe(cid);
    expect(await page.evaluate('document.cookie')).toContain(`mr_cid=${cid}`);

    // The beacon to /t/checkout lands after the cart update; look for its row a bounded number of times.
    let reported: { token: string; click_id: string } | undefined;
    for (let i = 0; i < 100 && !reported; i++) {
      reported = await t.db.selectFrom('checkout_clicks').select(['token', 'click_id']).executeTakeFirst();
      if (!reported) await new Promise((r) => setTimeout(r, 50));
    }
    expect(reported).toEqual({ token: 'cart-token-42', click_id: cid });
  });

  it('every other answer stays same-origin', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });
});
