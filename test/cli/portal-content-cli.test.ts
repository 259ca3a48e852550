// `portal link`, `content add` and the deliverables of `campaign report`, scriptable with --json, on a SQLite file.
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

describe('portal and content CLI', () => {
  let dir: string;
  let config: ReturnType<typeof testConfig>;
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { config, out: (t) => out.push(t), err: (t) => err.push(t), interactive: false });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-cli-portal-'));
    config = testConfig({
      DATABASE_URL: join(dir, 'cli.db'),
      MICROREACH_DATA_DIR: dir,
      MICROREACH_PUBLIC_ORIGIN: 'https://brand.example',
    });
    const db = connect(config.database);
    await migrateToLatest(db);
    const ws = await ensureWorkspace(db, 'acme', { currency: 'GBP' });
    await setAllowedDomains(db, ws.id, ['shop.example']);
    await storeCreators(db, ws.id, [
      creatorRecord({ displayName: 'Ana' }, { handle: 'ana.anklets', followers: 31_000 }),
    ]);
    await db.destroy();
    const wsArgs = ['--workspace', 'acme'];
    expect(
      (
        await run(
          'campaign',
          'create',
          ...wsArgs,
          '--name',
          'SS26',
          '--destination',
          'https://shop.example/',
          '--starts',
          '2026-03-01',
          '--ends',
          '2026-04-30',
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await run(
          'campaign',
          'add-creator',
          'SS26',
          'instagram:ana.anklets',
          ...wsArgs,
          '--fee',
          '150',
          '--deal',
          'agreed',
          '--gifted',
          '40',
          '--code',
          'ANA10',
        )
      ).code,
    ).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a portal link on the public origin', async () => {
    const r = await run(
      'portal',
      'link',
      '--workspace',
      'acme',
      '--campaign',
      'SS26',
      '--creator',
      'instagram:ana.anklets',
      '--json',
    );
    expect(r.code).toBe(0);
    const link = JSON.parse(r.out);
    expect(link.url).toMatch(/^https:\/\/brand\.example\/p\/v1\.\d+\.\d+\.\d+\.\d+\.[A-Za-z0-9_-]{43}$/);
    const missing = await run(
      'portal',
      'link',
      '--workspace',
      'acme',
      '--campaign',
      'SS26',
      '--creator',
      'instagram:nobody',
    );
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('instagram:nobody is not enrolled');
  });

  it('adds content once per URL and reports every deliverable with its rule results', async () => {
    const args = [
      'content',
      'add',
      '--workspace',
      'acme',
      '--campaign',
      'SS26',
      '--creator',
      'instagram:ana.anklets',
      '--url',
      'https://instagram.com/p/abc',
      '--caption',
      'Anklet season #ad code ANA10',
      '--posted-at',
      '2026-03-05T09:00:00Z',
      '--likes',
      '500',
      '--comments',
      '20',
      '--views',
      '9000',
      '--json',
    ];
    const first = await run(...args);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ created: true });
    expect(JSON.parse((await run(...args)).out)).toMatchObject({ created: false });
    const bad = await run(...args.slice(0, -1).map((a) => (a === '500' ? 'many' : a)));
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('--likes');

    const report = JSON.parse((await run('campaign', 'report', 'SS26', '--workspace', 'acme', '--json')).out);
    const d = report.creators[0].deliverables[0];
    expect(d).toMatchObject({ number: 1, type: 'feed_post', state: 'posted', posted: 1 });
    expect(d.posts[0].rules).toEqual([
      { rule: 'disclosure', result: 'pass', evidence: '#ad', reason: 'disclosure found' },
      expect.objectContaining({ rule: 'in_window', result: 'pass' }),
    ]);
    expect(report.content.gifted_not_posted).toMatchObject({ gifted: 1, not_posted: 0, rate: 0 });
    expect(report.total.cpm_minor).not.toBeNull();
  });
});
