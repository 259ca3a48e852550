// Settings → Webhooks in headless Chromium: the owner adds an endpoint (the secret is shown once),
// sends a test event, the job queue delivers it to a local receiver that verifies it with
// standardwebhooks, and the delivery log shows it delivered.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/start-server.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import { runDueJobs } from '../../src/services/jobs/run-due-jobs.ts';
import { webhookDeliverHandler } from '../../src/services/webhooks/deliver-webhook.ts';
import { connect, type DB } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { testConfig, TEST_SECRET_KEY } from '../support/commerce.ts';
import { hasChromium, launchChromium, screenshot } from '../support/browser.ts';

describe.runIf(hasChromium)('outgoing webhooks settings, in headless Chromium', () => {
  let dir: string;
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
    dir = mkdtempSync(join(tmpdir(), 'mr-webhooks-e2e-'));
    const config = testConfig({ DATABASE_URL: join(dir, 'w.db'), MICROREACH_DATA_DIR: dir });
    db = connect(config.database);
    await migrateToLatest(db);
    await createUser(db, {
      email: 'ann@glow.test',
      password: 'correct horse battery',
      workspace: 'glow',
      role: 'owner',
    });
    server = await startServer({ db, config }, { host: '127.0.0.1', port: 0 });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    receiver.close();
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
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
