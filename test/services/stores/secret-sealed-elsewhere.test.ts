// A store secret sealed under another installation key (`microreach store connect` run with another
// MICROREACH_DATA_DIR than the server's): the store is told to send again (a 5xx, nothing internal), the
// log and `doctor` say which secret, which key and how to fix it, and connecting again fixes it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createApp } from '../../../src/http/app.ts';
import { storeAdminClient } from '../../../src/services/codes/store-admin-client.ts';
import { checkInstallation } from '../../../src/services/doctor/check-installation.ts';
import { loadSecretKey } from '../../../src/services/secrets/load-secret-key.ts';
import { SealedWithAnotherKeyError } from '../../../src/services/secrets/open-sealed-secret.ts';
import { createRuntime, type Runtime } from '../../../src/services/server-caches-and-buffers.ts';
import { connectStore } from '../../../src/services/stores/connect-store.ts';
import { sealEndpointSecret, signingSecrets } from '../../../src/services/webhooks/endpoint-secrets.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { SHOP_SECRET, shopifyHeaders, TEST_SECRET_KEY } from '../../support/commerce.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

/** The key the CLI sealed with: another installation's. */
const otherKey = Buffer.from(TEST_SECRET_KEY, 'hex');

describe.each(testDialects)('a store secret sealed under another key, on %s', (dialect) => {
  let t: TestDatabase;
  let dir: string;
  let runtime: Runtime;
  let logs: string[];
  let ws: number;
  let storeId: number;

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    dir = mkdtempSync(join(tmpdir(), 'mr-sealed-elsewhere-'));
    ws = (await ensureWorkspace(t.db, 'acme', { currency: 'USD' })).id;
    storeId = (
      await connectStore(t.db, otherKey, ws, 'shopify', SHOP_SECRET, 'test.myshopify.com', {
        url: null,
        credentials: { admin_token: 'shpat_x' },
      })
    ).id;
    logs = [];
  });
  afterEach(async () => {
    await runtime?.close();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // The server: its own data directory, so its own generated secret.key.
  const server = () => {
    const config = loadConfig({ MICROREACH_DATA_DIR: dir });
    runtime = createRuntime({ db: t.db, config }, { log: (line) => logs.push(line), offThreadWebhooks: false });
    const app = createApp({ db: t.db, config, runtime });
    // A topic the intake stores and ignores: the answer shows the signature check alone.
    const body = JSON.stringify({ id: 1 });
    const deliver = () =>
      app.request('/webhooks/shopify/acme', {
        method: 'POST',
        headers: shopifyHeaders(body, 'shop/update', 'delivery-1'),
        body,
      });
    return { config, deliver };
  };

  it('asks the store to send again and logs which secret, which key and the fix; connecting again fixes it', async () => {
    const { config, deliver } = server();
    const refused = await deliver();
    expect(refused.status).toBe(503);
    const text = await refused.text();
    expect(JSON.parse(text)).toEqual({ ok: false, error: 'The delivery cannot be checked now; send it again' });
    expect(text).not.toContain(dir);
    const line = logs.find((l) => l.includes('NOT CHECKED'));
    expect(line).toContain(`the webhook signing secret of store ${storeId} (shopify, workspace acme)`);
    expect(line).toContain(`MICROREACH_DATA_DIR=${config.dataDir}`);
    expect(line).toContain('microreach store connect shopify --workspace acme --secret');

    await connectStore(t.db, loadSecretKey(config), ws, 'shopify', SHOP_SECRET, 'test.myshopify.com');
    expect(await (await deliver()).json()).toMatchObject({ ok: true, outcome: 'ignored' });
  });

  it('is named by doctor (signing secret and Admin API credentials) until the store is connected again', async () => {
    const config = loadConfig({ MICROREACH_DATA_DIR: dir });
    const secretKey = () => loadSecretKey(config);
    const check = async () =>
      (await checkInstallation(t.db, { secretKey })).find((c) => c.name === 'store_secrets_sealed_elsewhere');
    const found = await check();
    expect(found).toMatchObject({ ok: false, count: 2 });
    expect(found?.detail).toContain(`the webhook signing secret of store ${storeId} (shopify, workspace acme)`);
    expect(found?.detail).toContain(`the Admin API credentials of store ${storeId} (shopify, workspace acme)`);
    expect(found?.detail).toContain('--admin-token');

    await connectStore(t.db, secretKey(), ws, 'shopify', SHOP_SECRET, 'test.myshopify.com', {
      url: null,
      credentials: { admin_token: 'shpat_x' },
    });
    expect(await check()).toMatchObject({ ok: true, count: 0 });
  });

  it('refuses the Admin API client with the same error', async () => {
    const key = loadSecretKey(loadConfig({ MICROREACH_DATA_DIR: dir }));
    const error = await storeAdminClient(t.db, key, ws).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SealedWithAnotherKeyError);
    expect((error as Error).message).toContain(`the Admin API credentials of store ${storeId}`);
  });
});

describe("an outgoing endpoint's secrets sealed under another key", () => {
  const key = Buffer.alloc(32, 7);
  const endpoint = (current: Buffer, previous: Buffer) => ({
    workspace_id: 3,
    secret_ciphertext: sealEndpointSecret(current, 3, 'whsec_new'),
    previous_secret_ciphertext: sealEndpointSecret(previous, 3, 'whsec_old'),
    previous_secret_until: '2026-01-02T00:00:00.000Z',
  });
  const now = new Date('2026-01-01T00:00:00.000Z');

  it('signs with the current secret alone when only the previous one does not open (a rotation repaired it)', () => {
    expect(signingSecrets(key, endpoint(key, key), now)).toEqual(['whsec_new', 'whsec_old']);
    expect(signingSecrets(key, endpoint(key, otherKey), now)).toEqual(['whsec_new']);
  });

  it('names the secret and the fix when the current one does not open', () => {
    expect(() => signingSecrets(key, endpoint(otherKey, key), now)).toThrow(
      /a webhook endpoint's signing secret \(workspace 3\) cannot be opened .* rotate the endpoint's secret/,
    );
  });
});
