// `microreach endpoints add … --json` prints the endpoint and its signing secret (whsec_…), shown once;
// the secret is stored sealed and unknown event types are refused, naming them.
import { afterAll, describe, expect, it } from 'vitest';
import { cliHarness } from '../support/cli-harness.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';

describe('endpoints add', () => {
  const cli = cliHarness({ MICROREACH_SECRET_KEY: 'ab'.repeat(32) });
  afterAll(() => cli.cleanup());

  it('adds an endpoint with an event filter and prints its secret', async () => {
    const db = cli.openDb();
    const { migrateToLatest } = await import('../../src/storage/migrate.ts');
    await migrateToLatest(db);
    await ensureWorkspace(db, 'acme');
    await db.destroy();
    const r = await cli.run([
      'endpoints',
      'add',
      '--workspace',
      'acme',
      '--url',
      'https://hooks.example/mr',
      '--events',
      'order.attributed,deal.updated',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out).toMatchObject({
      workspace: 'acme',
      url: 'https://hooks.example/mr',
      events: ['order.attributed', 'deal.updated'],
    });
    expect(out.secret).toMatch(/^whsec_/);
    const check = cli.openDb();
    const row = await check.selectFrom('webhook_endpoints').selectAll().executeTakeFirstOrThrow();
    await check.destroy();
    expect(JSON.stringify(row)).not.toContain(out.secret.slice(6));

    const bad = await cli.run([
      'endpoints',
      'add',
      '--workspace',
      'acme',
      '--url',
      'https://x.example',
      '--events',
      'order.exploded',
      '--json',
    ]);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/order\.exploded/);
  });
});
