// `store connect` with Admin API access, then a creator's code created in the (replay) store from the
// CLI, each with --json as the checks run them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { connect } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { type AdminReplay, startShopifyAdminReplay, startWooCouponsReplay } from '../support/store-admin-replay.ts';

describe('store connect and codes from the CLI', () => {
  let dir: string;
  let config: ReturnType<typeof testConfig>;
  let shopify: AdminReplay;
  let woo: AdminReplay;
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { config, out: (t) => out.push(t), err: (t) => err.push(t), interactive: false });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-codes-cli-'));
    config = testConfig({ DATABASE_URL: join(dir, 'cli.db'), MICROREACH_DATA_DIR: dir });
    shopify = await startShopifyAdminReplay('shpat_cli');
    woo = await startWooCouponsReplay('ck_cli', 'cs_cli');
    const db = connect(config.database);
    await migrateToLatest(db);
    for (const slug of ['acme', 'woo']) {
      const ws = await ensureWorkspace(db, slug, { currency: 'GBP' });
      await setAllowedDomains(db, ws.id, ['shop.example']);
      await storeCreators(db, ws.id, [creatorRecord({}, { handle: `ana.${slug}`, followers: 31_000 })]);
    }
    await db.destroy();
  });
  afterAll(async () => {
    await shopify.close();
    await woo.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const campaignIn = async (workspace: string) => {
    const created = await run(
      'campaign',
      'create',
      '--workspace',
      workspace,
      '--name',
      'SS26',
      '--destination',
      'https://shop.example/',
      '--starts',
      '2026-03-01',
      '--ends',
      '2026-04-30',
      '--json',
    );
    expect(created.code).toBe(0);
    return String(JSON.parse(created.out).id);
  };

  it('derives the Shopify admin URL from the shop when none is given', async () => {
    const r = await run(
      'store',
      'connect',
      'shopify',
      '--workspace',
      'acme',
      '--secret',
      'shpss_1',
      '--shop',
      'acme.myshopify.com',
      '--admin-token',
      'shpat_cli',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ admin_url: 'https://acme.myshopify.com/admin/api/2025-01/graphql.json' });
  });

  it('connects Shopify with an admin URL and token, and creates the code on enrollment', async () => {
    const adminUrl = `${shopify.origin}/admin/api/2025-01/graphql.json`;
    const r = await run(
      'store',
      'connect',
      'shopify',
      '--workspace',
      'acme',
      '--secret',
      'shpss_1',
      '--admin-url',
      adminUrl,
      '--admin-token',
      'shpat_cli',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ platform: 'shopify', replaced: true, admin_url: adminUrl });
    const campaign = await campaignIn('acme');
    const enrolled = await run(
      'campaign',
      'add-creator',
      campaign,
      'instagram:ana.acme',
      '--workspace',
      'acme',
      '--code',
      'ANA15',
      '--code-percent',
      '15',
      '--code-limit',
      '100',
      '--json',
    );
    expect(enrolled.code).toBe(0);
    expect(JSON.parse(enrolled.out)).toMatchObject({ code: 'ANA15', code_sync: { status: 'synced', error: null } });
    expect(shopify.codes.map((c) => c.code)).toEqual(['ANA15']);
    // The token is stored sealed, never as text.
    const db = connect(config.database);
    const row = await db.selectFrom('store_connections').selectAll().executeTakeFirstOrThrow();
    await db.destroy();
    expect(JSON.stringify(row)).not.toContain('shpat_cli');
    const again = await run('codes', 'sync', '--workspace', 'acme', '--json');
    // The campaign ended on 2026-04-30 (the CLI runs on the real clock, later): its code is deactivated, not recreated.
    expect(JSON.parse(again.out)).toEqual({ codes: [], deactivated: ['ANA15'], failed: [] });
    expect(shopify.codes).toMatchObject([{ code: 'ANA15', active: false }]);
  });

  it('connects WooCommerce with a consumer key and secret', async () => {
    const missing = await run(
      'store',
      'connect',
      'woocommerce',
      '--workspace',
      'woo',
      '--secret',
      'whsec',
      '--admin-url',
      woo.origin,
      '--consumer-key',
      'ck_cli',
      '--json',
    );
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/consumer_secret/);
    const r = await run(
      'store',
      'connect',
      'woocommerce',
      '--workspace',
      'woo',
      '--secret',
      'whsec',
      '--admin-url',
      woo.origin,
      '--consumer-key',
      'ck_cli',
      '--consumer-secret',
      'cs_cli',
      '--json',
    );
    expect(r.code).toBe(0);
    const campaign = await campaignIn('woo');
    const enrolled = await run(
      'campaign',
      'add-creator',
      campaign,
      'instagram:ana.woo',
      '--workspace',
      'woo',
      '--code',
      'ANAW',
      '--code-amount',
      '5',
      '--json',
    );
    expect(JSON.parse(enrolled.out)).toMatchObject({ code: 'ANAW', code_sync: { status: 'synced' } });
    expect(woo.codes[0]!.input).toMatchObject({ discount_type: 'fixed_cart', amount: '5.00' });
  });
});
