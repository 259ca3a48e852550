import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { loadConfig } from '../../../src/config.ts';
import { connect } from '../../../src/storage/connect.ts';
import { hasTestData, testData } from '../../support/test-data.ts';

describe('microreach import creators (end to end, SQLite file)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'microreach-import-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const dbFile = () => join(dir, 'microreach.db');
  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(args, {
      config: loadConfig({ DATABASE_URL: dbFile() }),
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      interactive: false,
    });
    return { code, out, err };
  };
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const query = async <T>(fn: (db: ReturnType<typeof connect>) => Promise<T>) => {
    const db = connect({ dialect: 'sqlite', file: dbFile() });
    try {
      return await fn(db);
    } finally {
      await db.destroy();
    }
  };

  it.runIf(hasTestData)(
    '--json prints exactly one JSON document with the counts, and a second run reports everything unchanged',
    async () => {
      const file = testData('top-insta-influencers', 'top_insta_influencers_data.csv');
      const first = await run(
        'import',
        'creators',
        file,
        '--platform',
        'instagram',
        '--observed-at',
        '2022-01-01',
        '--json',
      );
      expect(first.err).toEqual([]);
      expect(first.out).toHaveLength(1);
      const report = JSON.parse(first.out.join('\n')) as Record<string, unknown>;
      expect(report).toMatchObject({
        imported: 199,
        updated: 0,
        unchanged: 0,
        rejected: 1,
        files: [
          {
            kind: 'creator_csv',
            file,
            imported: 199,
            rejected: 1,
            rejections: [{ record: 'row 119', field: 'channel_info' }],
          },
        ],
      });
      expect(first.code).toBe(1); // some rows were rejected

      const second = await run(
        'import',
        'creators',
        file,
        '--platform',
        'instagram',
        '--observed-at',
        '2022-01-01',
        '--json',
      );
      expect(JSON.parse(second.out.join('\n'))).toMatchObject({ imported: 0, updated: 0, unchanged: 199, rejected: 1 });

      const stored = await query(async (db) => ({
        workspaces: await db.selectFrom('workspaces').select('slug').execute(),
        accounts: Number(
          (
            await db
              .selectFrom('accounts')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
        // The file's values are the workspace's own layer, dated as asked.
        observed: await db.selectFrom('workspace_account_data').select('observed_at').distinct().execute(),
      }));
      expect(stored).toEqual({
        workspaces: [{ slug: 'default' }],
        accounts: 199,
        observed: [{ observed_at: '2022-01-01T00:00:00.000Z' }],
      });
    },
    120_000,
  );

  it('imports several files into the named workspace and prints a short report', async () => {
    const ig = write('instagram-2022-06.csv', 'handle,name,followers,er\nana.feet,Ana Feet,31.2k,3.1%\n');
    const tt = write(
      'tiktok-2022-06.csv',
      '\uFEFFTiktoker,influencer name,Subscribers count\nana.feet,Ana,88K\nbo,Bo,\n',
    );
    const result = await run('import', 'creators', ig, tt, '--workspace', 'brand-a');
    expect(result.err).toEqual([]);
    expect(result.out).toEqual([
      `${ig}: 1 imported, 0 updated, 0 unchanged, 0 rejected`,
      `${tt}: 2 imported, 0 updated, 0 unchanged, 0 rejected`,
      'total: 3 imported, 0 updated, 0 unchanged, 0 rejected',
    ]);
    expect(result.code).toBe(0);
    const accounts = await query((db) =>
      db
        .selectFrom('accounts')
        .innerJoin('workspace_account_data as w', 'w.account_id', 'accounts.id')
        .innerJoin('workspaces', 'workspaces.id', 'w.workspace_id')
        .select(['platform', 'handle', 'w.followers', 'workspaces.slug'])
        .orderBy('platform')
        .orderBy('handle')
        .execute(),
    );
    expect(accounts).toEqual([
      { platform: 'instagram', handle: 'ana.feet', followers: 31_200, slug: 'brand-a' },
      { platform: 'tiktok', handle: 'ana.feet', followers: 88_000, slug: 'brand-a' },
      { platform: 'tiktok', handle: 'bo', followers: null, slug: 'brand-a' },
    ]);
  });

  it.each([
    [['--platform', 'myspace'], 'error: unknown platform "myspace" (use instagram, tiktok, youtube)'],
    [['--observed-at', 'soon'], 'error: --observed-at must be a date like 2022-03-01, got "soon"'],
    [['--frobnicate'], "error: Unknown option '--frobnicate'"],
  ])('rejects %j with a clear error and writes nothing', async (options, message) => {
    const file = write('creators.csv', 'handle,followers\na,1\n');
    const result = await run('import', 'creators', file, ...options);
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err[0]).toContain(message);
  });

  it('names the file when it cannot be read or has no handle column', async () => {
    const missing = join(dir, 'nope.csv');
    expect((await run('import', 'creators', missing)).err).toEqual([`error: cannot read ${missing}: ENOENT`]);
    const noHandles = write('instagram.csv', 'followers,country\n1,Spain\n');
    const result = await run('import', 'creators', noHandles);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([
      'error: instagram.csv: no column holds creator handles (columns: "followers", "country")',
    ]);
  });

  it('asks for a file when none is given', async () => {
    const result = await run('import', 'creators');
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/^error: no CSV file given\nusage: microreach import creators FILE\.csv…/);
  });
});
