// `catalog sync` and `catalog list` from the CLI against a (replay) WooCommerce store, and what every
// `--workspace W [--json]` command does before its own work: the workspace is required and must exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { type CliHarness, cliHarness } from '../support/cli-harness.ts';
import { TEST_SECRET_KEY } from '../support/commerce.ts';
import { type SeedingReplay, startWooSeedingReplay } from '../support/store-seeding-replay.ts';

describe('the catalog from the CLI', () => {
  let cli: CliHarness;
  let woo: SeedingReplay;
  const run = (...argv: string[]) => cli.run(argv);

  beforeAll(async () => {
    cli = cliHarness({ MICROREACH_SECRET_KEY: TEST_SECRET_KEY });
    woo = await startWooSeedingReplay('ck_cat', 'cs_cat');
    const db = cli.openDb();
    await migrateToLatest(db);
    await ensureWorkspace(db, 'woo', { currency: 'GBP' });
    await db.destroy();
  });
  afterAll(async () => {
    await woo.close();
    cli.cleanup();
  });

  it('syncs the store catalog and lists it', async () => {
    expect((await run('catalog', 'list', '--workspace', 'woo')).out).toBe(
      'No catalog yet: run microreach catalog sync.',
    );
    const store = ['--admin-url', woo.origin, '--consumer-key', 'ck_cat', '--consumer-secret', 'cs_cat'];
    const connected = await run('store', 'connect', 'woocommerce', '--workspace', 'woo', '--secret', 'whsec', ...store);
    expect(connected.code, connected.err).toBe(0);
    const synced = await run('catalog', 'sync', '--workspace', 'woo', '--json');
    expect(synced.code, synced.err).toBe(0);
    // The fixture's simple product and the two variations of its variable one; WooCommerce has no cost field.
    expect(JSON.parse(synced.out)).toEqual({ platform: 'woocommerce', variants: 3, gone: 0, unknown_cost: 3 });
    const listed = JSON.parse((await run('catalog', 'list', '--workspace', 'woo', '--json')).out);
    expect(listed.items.map((i: { currency: string }) => i.currency)).toEqual(['GBP', 'GBP', 'GBP']);
  });

  it('requires an existing workspace', async () => {
    const missing = await run('catalog', 'sync', '--json');
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/--workspace is required\nusage: microreach catalog sync --workspace W \[--json\]/);
    const unknown = await run('catalog', 'list', '--workspace', 'nope');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toMatch(/Workspace "nope" does not exist/);
    expect(JSON.parse((await run('campaign', 'list', '--workspace', 'woo', '--json')).out)).toEqual({ items: [] });
  });
});
