// Settings → Webhooks in headless Chromium: the owner adds an endpoint (the secret is shown once),
// sends a test event, the job queue delivers it to a local receiver that verifies it with
// standardwebhooks, and the delivery log shows it delivered.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/start-server.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import { runDueJobs } from '../../src/services/jobs/run-due-jobs.ts';
import { webhookDeliverHandler } from '../../src/services/webhooks/deliver-webhook.ts';
import type { DB } from '../../src/storage/connect.ts';
import { TEST_SECRET_KEY } from '../support/commerce.ts';
import { browserRig, type BrowserRig, DESKTOP, hasChromium, screenshot } from '../support/browser.ts';

describe.runIf(hasChromium)('outgoing webhooks settings, in headless Chromium', () => {
  let rig: BrowserRig;
  let db: DB;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const received: { headers: Record<string, string>; body: string }[] = [];
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });

  beforeAll(async () => {
    rig = await browserRig('webhooks-e2e');
    db = rig.db;
    await createUser(db, {
      email: 'ann@glow.test',
      password: 'correct horse battery',
      workspace: 'glow',
      role: 'owner',
    });
    ({ server, browser } = await rig.serve());
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    page = await browser.newPage(DESKTOP);
  }, 120_000);
  afterAll(async () => {
    await rig?.close();
    receiver.close();
  });

  it('adds an endpoint, sends a test event and shows it delivered', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill('ann@glow.test');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${server.url}/settings/webhooks`);
    await page.getByRole('heading', { name: 'Outgoing webhooks' }).waitFor();
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    await page.getByLabel('URL').fill(url);
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const status = page.getByRole('status');
    await status.waitFor();
    const secret = (await status.locator('code').textContent())!;
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'Send test event' }).click();
    await page.getByText('webhook.test').waitFor();
    await runDueJobs(db, [webhookDeliverHandler({ key: () => Buffer.from(TEST_SECRET_KEY, 'hex') })], {
      now: new Date(),
    });
    expect(received).toHaveLength(1);
    expect((new Webhook(secret).verify(received[0]!.body, received[0]!.headers) as { type: string }).type).toBe(
      'webhook.test',
    );
    await page.reload();
    await page.getByRole('cell', { name: 'delivered' }).waitFor();
    await screenshot(page, 'webhooks-settings');
  });
});
