// The whole flow through the CLI, scriptable with --json, on a SQLite file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

describe('campaign CLI', () => {
  let dir: string;
  let config: ReturnType<typeof testConfig>;
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { config, out: (t) => out.push(t), err: (t) => err.push(t), interactive: false });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-cli-'));
    config = testConfig({ DATABASE_URL: join(dir, 'cli.db'), MICROREACH_DATA_DIR: dir });
    const db = connect(config.database);
    await migrateToLatest(db);
    const ws = await ensureWorkspace(db, 'acme', { currency: 'GBP' });
    await setAllowedDomains(db, ws.id, ['shop.example']);
    await storeCreators(db, ws.id, [
      creatorRecord({ displayName: 'Ana', email: 'ana@example.com' }, { handle: 'ana.anklets', followers: 31_000 }),
      creatorRecord({ displayName: 'Big' }, { handle: 'bigben', followers: 900_000 }),
    ]);
    await db.destroy();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a campaign, enrolls creators, connects a store, imports orders and reports', async () => {
    const created = await run(
      'campaign',
      'create',
      '--workspace',
      'acme',
      '--name',
      'SS26 anklets',
      '--destination',
      'https://shop.example/anklets',
      '--starts',
      '2026-03-01',
      '--ends',
      '2026-04-30',
      '--cogs',
      '30%',
      '--json',
    );
    expect(created.code).toBe(0);
    const campaign = JSON.parse(created.out);
    expect(campaign).toMatchObject({ name: 'SS26 anklets', currency: 'GBP', cogs_bps: 3000 });

    const ana = await run(
      'campaign',
      'add-creator',
      'SS26 anklets',
      'instagram:ana.anklets',
      '--workspace',
      'acme',
      '--fee',
      '150',
      '--deal',
      'agreed',
      '--gifted',
      '40.50',
      '--shipping',
      '4.50',
      '--commission',
      '10%',
      '--code',
      'ANA10',
      '--link',
      'https://shop.example/anklets/gold',
      '--key',
      'ana',
      '--deliverable',
      '1 reel',
      '--deliverable',
      '3 stories',
      '--json',
    );
    expect(ana.code).toBe(0);
    expect(JSON.parse(ana.out)).toMatchObject({
      code: 'ANA10',
      link: { key: 'ana', destination_url: 'https://shop.example/anklets/gold' },
      costs: { fee_minor: 15000, gifted_minor: 4050, shipping_minor: 450, commission_bps: 1000 },
      deliverables: ['1 reel', '3 stories'],
    });
    expect(
      (
        await run(
          'campaign',
          'add-creator',
          String(campaign.id),
          'instagram:bigben',
          '--workspace',
          'acme',
          '--fee',
          '1200',
          '--code',
          'ana10',
        )
      ).code,
    ).toBe(2);
    expect(
      (
        await run(
          'campaign',
          'add-creator',
          String(campaign.id),
          'instagram:bigben',
          '--workspace',
          'acme',
          '--fee',
          '1200',
          '--deal',
          'agreed',
          '--code',
          'BIG15',
          '--impressions',
          '250000',
        )
      ).code,
    ).toBe(0);

    const store = await run(
      'store',
      'connect',
      'shopify',
      '--workspace',
      'acme',
      '--secret',
      'shpss_cli_secret_value',
      '--json',
    );
    expect(store.code).toBe(0);
    expect(JSON.parse(store.out)).toMatchObject({ platform: 'shopify', webhook_path: '/webhooks/shopify/acme' });
    expect(store.out).not.toContain('shpss_cli_secret_value');

    const csv = join(dir, 'orders.csv');
    writeFileSync(
      csv,
      [
        'order_id,placed_at,currency,subtotal,codes,email,refunded,cancelled_at',
        '1001,2026-03-05T10:00:00Z,GBP,60.00,ANA10,jo@example.com,,',
        '1002,2026-03-06T10:00:00Z,GBP,100.00, ana10 ,sam@example.com,25.00,',
        '1003,2026-03-07T10:00:00Z,GBP,80.00,BIG15,kim@example.com,,2026-03-08T10:00:00Z',
        '1004,not a date,GBP,10.00,,x@example.com,,',
        '1005,2026-03-07T10:00:00Z,EUR,45.00,,lee@example.com,,',
      ].join('\n'),
    );
    const imported = await run('orders', 'import', csv, '--workspace', 'acme', '--json');
    expect(imported.code).toBe(1);
    expect(JSON.parse(imported.out).files[0]).toMatchObject({
      imported: 4,
      rejected: 1,
      rejections: [{ record: 'row 5', field: 'placed_at' }],
    });
    const again = JSON.parse((await run('orders', 'import', csv, '--workspace', 'acme', '--json')).out).files[0];
    expect(again).toMatchObject({ imported: 0, unchanged: 4 });

    const report = JSON.parse((await run('campaign', 'report', 'SS26 anklets', '--workspace', 'acme', '--json')).out);
    // Ana: 60.00 + (100.00 − 25.00) = 135.00 net; commission 13.50; spend 150 + 40.50 + 4.50 + 13.50 = 208.50.
    expect(report.creators[0]).toMatchObject({
      revenue: { net_minor: 13500, refunds_minor: 2500 },
      spend: { commission_minor: 1350, total_minor: 20850 },
      roas: 0.65,
      cogs_minor: 4050,
      cm_roas: 0.45,
      by_rule: { discount_code: 2 },
    });
    // Big: the only order was cancelled → no orders, CPA n/a; CPM = 1,200.00 / 250,000 × 1000 = 4.80.
    expect(report.creators[1]).toMatchObject({
      orders: { attributed: 0, cancelled: 1 },
      roas: 0,
      cpa_minor: null,
      cpm_minor: 480,
      cpe_minor: null,
    });
    const text = await run('campaign', 'report', String(campaign.id), '--workspace', 'acme');
    expect(text.code).toBe(0);
    expect(text.out).toContain('instagram:ana.anklets');
    expect(text.out).toMatch(/n\/a/);
    expect(text.out).toContain('Micro vs mid/macro/mega');
  });

  it('names the missing currency pair', async () => {
    await run(
      'campaign',
      'create',
      '--workspace',
      'acme',
      '--name',
      'Euro push',
      '--destination',
      'https://shop.example/',
      '--currency',
      'EUR',
    );
    await run('campaign', 'add-creator', 'Euro push', 'instagram:ana.anklets', '--workspace', 'acme', '--fee', '100');
    const agreed = await run(
      'campaign',
      'deal',
      '--campaign',
      'Euro push',
      '--creator',
      'instagram:ana.anklets',
      '--status',
      'agreed',
      '--workspace',
      'acme',
    );
    expect(agreed).toMatchObject({ code: 0, out: expect.stringContaining('is agreed (its fee counts as spend)') });
    const back = await run(
      'campaign',
      'deal',
      '--campaign',
      'Euro push',
      '--creator',
      'instagram:ana.anklets',
      '--status',
      'proposed',
      '--workspace',
      'acme',
    );
    expect(back.code).not.toBe(0);
    expect(back.err).toContain('moves forward only');
    const failed = await run('campaign', 'report', 'Euro push', '--workspace', 'acme');
    expect(failed.code).toBe(2);
    expect(failed.err).toContain('No currency rate EUR→GBP');
    expect((await run('rates', 'set', 'EUR', 'GBP', '0.85', '--workspace', 'acme')).code).toBe(0);
    const report = JSON.parse((await run('campaign', 'report', 'Euro push', '--workspace', 'acme', '--json')).out);
    expect(report.creators[0].spend.fee_minor).toBe(8500);
  });

  it.each([
    [['campaign', 'create', '--name', 'x', '--destination', 'https://a.example'], /--workspace is required/],
    [
      ['campaign', 'create', '--workspace', 'acme', '--name', 'x', '--destination', 'ftp://a.example'],
      /destination_url/,
    ],
    [['campaign', 'report', 'nope', '--workspace', 'acme'], /No campaign "nope"/],
    [['store', 'connect', 'magento', '--workspace', 'acme', '--secret', 'x'], /shopify or woocommerce/],
    [['webhooks', 'replay', '999'], /Webhook delivery 999 was not found/],
    [
      ['campaign', 'add-creator', 'SS26 anklets', 'instagram:ana.anklets', '--workspace', 'acme', '--fee', 'lots'],
      /--fee must be an amount/,
    ],
  ])('refuses %j with a clear message', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
