// How a demo world is made and remade: determinism, the no-op re-run, reset, light mode, and the
// worker threads writing exactly what the main thread would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.ts';
import { generateDemoWorld } from '../../src/demo/generate-demo-world.ts';
import { saveCreatorRecord } from '../../src/storage/creators/save-creator-record.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';
import { creatorSignals } from './creator-signals.ts';
import { tableDigest } from './table-digest.ts';

const asOf = new Date('2026-03-01T00:00:00.000Z');

describe.each(testDialects)('generateDemoWorld on %s', (dialect) => {
  const open: TestDatabase[] = [];
  const fresh = async () => {
    const t = await openTestDatabase(dialect);
    open.push(t);
    return t;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((t) => t.close()));
  });

  // One database at a time: on Postgres, Kysely's migrator finds another open test schema's lock
  // table and skips creating its own (see test/support/test-db.ts).
  const digestOf = async (options: Parameters<typeof generateDemoWorld>[1]) => {
    const t = await openTestDatabase(dialect);
    try {
      await generateDemoWorld(t.db, options);
      return await tableDigest(t.db);
    } finally {
      await t.close();
    }
  };

  it('writes identical rows for the same seed and asOf, and different ones for another seed', async () => {
    const digest = await digestOf({ creators: 80, seed: 3, asOf });
    expect(await digestOf({ creators: 80, seed: 3, asOf })).toEqual(digest);
    const other = await digestOf({ creators: 80, seed: 4, asOf });
    for (const table of ['creators', 'accounts', 'posts', 'comments'])
      expect(other[table], table).not.toEqual(digest[table]);
  });

  it('writes a world in parts (a small world first, the rest later) row for row as one run does', async () => {
    const whole = await digestOf({ creators: 70, seed: 3, asOf });
    const t = await openTestDatabase(dialect);
    try {
      const first = await generateDemoWorld(t.db, { creators: 70, seed: 3, asOf, upTo: 25 });
      expect(first).toMatchObject({ status: 'partial', stored: 25, target: 70, creators: 25 });
      // Another size is another world: refused by name while this one is unfinished.
      await expect(generateDemoWorld(t.db, { creators: 90, seed: 3, asOf })).rejects.toThrow(
        /70 \(25 written so far\)/,
      );
      // The rest keeps the first part's asOf and ids, whatever the caller's asOf now.
      const rest = await generateDemoWorld(t.db, { creators: 70, seed: 3, asOf: new Date('2026-04-01T00:00:00Z') });
      expect(rest).toMatchObject({ status: 'generated', stored: 70, creators: 45, asOf: asOf.toISOString() });
      expect(await tableDigest(t.db)).toEqual(whole);
    } finally {
      await t.close();
    }
  }, 120_000);

  it('does nothing when the same world is already there, and says so', async () => {
    const t = await fresh();
    const first = await generateDemoWorld(t.db, { creators: 60, seed: 9, asOf });
    const before = await tableDigest(t.db);
    const again = await generateDemoWorld(t.db, { creators: 60, seed: 9, asOf: new Date('2026-04-01T00:00:00.000Z') });
    expect(again).toMatchObject({
      status: 'unchanged',
      creators: 60,
      accounts: first.accounts,
      posts: first.posts,
      comments: first.comments,
      snapshots: first.snapshots,
      postSnapshots: first.postSnapshots,
      audiences: first.audiences,
      asOf: '2026-03-01T00:00:00.000Z',
    });
    expect(await tableDigest(t.db)).toEqual(before);
  });

  it('refuses another seed or size without reset, naming what is there', async () => {
    const t = await fresh();
    await generateDemoWorld(t.db, { creators: 40, seed: 9, asOf });
    const attempt = generateDemoWorld(t.db, { creators: 50, seed: 9, asOf });
    await expect(attempt).rejects.toThrow(AppError);
    await expect(attempt).rejects.toThrow(/40 creators \(seed 9.*--reset/);
    await expect(generateDemoWorld(t.db, { creators: 40, seed: 10, asOf })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('regenerates on reset, keeping imported creators and the ids moving forward', async () => {
    const t = await fresh();
    const workspace = await ensureWorkspace(t.db, 'acme');
    await t.db.transaction().execute((trx) =>
      saveCreatorRecord(
        trx,
        {
          displayName: 'Real Person',
          accounts: [
            {
              platform: 'instagram',
              handle: 'real.person',
              followers: 12_000,
              provenance: {
                source: 'csv:x',
                observedAt: '2026-01-01T00:00:00.000Z',
                fetchedAt: '2026-01-01T00:00:00.000Z',
              },
            },
          ],
        },
        { workspaceId: workspace.id, via: 'import:csv', now: '2026-01-01T00:00:00.000Z' },
      ),
    );
    await generateDemoWorld(t.db, { creators: 40, seed: 9, asOf });
    const reset = await generateDemoWorld(t.db, { creators: 30, seed: 12, asOf, reset: true });
    expect(reset).toMatchObject({ status: 'generated', deleted: 40, creators: 30 });
    const creators = await t.db.selectFrom('creators').select(['display_name', 'demo']).execute();
    expect(creators.filter((c) => c.demo === null).map((c) => c.display_name)).toEqual(['Real Person']);
    expect(creators.filter((c) => c.demo !== null)).toHaveLength(30);
    expect(creators.every((c) => c.demo === null || JSON.parse(c.demo).seed === 12)).toBe(true);
    const orphans = await t.db
      .selectFrom('posts')
      .select('id')
      .where('account_id', 'not in', t.db.selectFrom('accounts').select('id'))
      .execute();
    expect(orphans).toEqual([]);
    // A row added the ordinary way after the demo gets a fresh id (Postgres sequences were moved on).
    const next = await t.db
      .insertInto('creators')
      .values({ display_name: 'Later', created_at: 'x', updated_at: 'x', demo: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const max = await t.db
      .selectFrom('creators')
      .select((eb) => eb.fn.max('id').as('m'))
      .executeTakeFirstOrThrow();
    expect(Number(next.id)).toBe(Number(max.m));
  });

  it('avoids handles that imported accounts already use', async () => {
    const plain = await openTestDatabase(dialect);
    await generateDemoWorld(plain.db, { creators: 30, seed: 5, asOf });
    const taken = await plain.db.selectFrom('accounts').select(['platform', 'handle']).orderBy('id').limit(5).execute();
    await plain.close();
    const t = await fresh();
    const workspace = await ensureWorkspace(t.db, 'acme');
    for (const a of taken) {
      await t.db.transaction().execute((trx) =>
        saveCreatorRecord(
          trx,
          {
            accounts: [
              {
                platform: a.platform,
                handle: a.handle,
                provenance: {
                  source: 'csv:x',
                  observedAt: '2026-01-01T00:00:00.000Z',
                  fetchedAt: '2026-01-01T00:00:00.000Z',
                },
              },
            ],
          },
          { workspaceId: workspace.id, via: 'import:csv', now: '2026-01-01T00:00:00.000Z' },
        ),
      );
    }
    await generateDemoWorld(t.db, { creators: 30, seed: 5, asOf });
    const accounts = await t.db.selectFrom('accounts').select(['platform', 'handle']).execute();
    expect(new Set(accounts.map((a) => `${a.platform}:${a.handle}`)).size).toBe(accounts.length);
  });

  it('switches to light mode above the threshold and keeps the planted problems detectable', async () => {
    const t = await fresh();
    const result = await generateDemoWorld(t.db, { creators: 500, seed: 21, asOf, lightAbove: 100 });
    expect(result.mode).toBe('light');
    const perAccount = await t.db
      .selectFrom('posts')
      .select((eb) => ['account_id', eb.fn.countAll().as('n')])
      .groupBy('account_id')
      .execute();
    expect(Math.max(...perAccount.map((p) => Number(p.n)))).toBeLessThanOrEqual(15);
    expect(result.snapshots / result.accounts).toBeLessThan(6);
    // Comments only for a sample of creators and every pod.
    const commented = await t.db
      .selectFrom('comments')
      .innerJoin('posts', 'posts.id', 'comments.post_id')
      .innerJoin('accounts', 'accounts.id', 'posts.account_id')
      .select('accounts.creator_id')
      .distinct()
      .execute();
    expect(commented.length).toBeLessThan(100);

    const signals = await creatorSignals(t.db, asOf);
    const has = (p: string) => signals.filter((s) => s.labels.problems.includes(p));
    expect(has('bought_followers').length).toBeGreaterThan(5);
    for (const s of has('bought_followers')) expect(s.maxDailyJump).toBeGreaterThan(0.15);
    for (const s of has('engagement_pod')) {
      expect(s.commentsPerLike!).toBeGreaterThan(0.1);
      expect(s.audienceComments).toBeGreaterThan(20);
      // Threads on 4 posts only: the ring shows less often than in full mode, but far above the
      // 0–0.2 of clean creators.
      expect(s.recurringShare).toBeGreaterThan(0.5);
      expect(s.genericShare).toBeGreaterThan(0.6);
    }
    for (const s of has('heavy_advertiser')) expect(s.sponsoredShare90!).toBeGreaterThan(0.4);
    for (const s of signals.filter((x) => x.labels.problems.length === 0)) {
      expect(s.maxDailyJump).toBeLessThan(0.03);
      if (s.sponsoredShare90 !== null) expect(s.sponsoredShare90).toBeLessThanOrEqual(0.3);
    }
  });

  it('rejects nonsense options', async () => {
    const t = await fresh();
    await expect(generateDemoWorld(t.db, { creators: -1, seed: 1 })).rejects.toThrow(/creators must be an integer/);
    await expect(generateDemoWorld(t.db, { creators: 1.5, seed: 1 })).rejects.toThrow(/creators/);
    await expect(generateDemoWorld(t.db, { creators: 1, seed: Number.NaN })).rejects.toThrow(/seed/);
    await expect(generateDemoWorld(t.db, { creators: 1, seed: 1, asOf: new Date('nope') })).rejects.toThrow(/asOf/);
  });
});

describe('generateDemoWorld into a SQLite file', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('writes the same rows through worker threads, its own connection, and Kysely', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mr-demo-'));
    // Light mode, six chunks: the two workers interleave their transactions.
    const options = { creators: 600, seed: 77, asOf, lightAbove: 200, chunkSize: 100 };
    const digests = [];
    for (const [name, workers] of [
      ['workers', true],
      ['direct', false],
    ] as const) {
      const t = await openTestDatabase('sqlite', { file: join(dir, `${name}.db`) });
      const result = await generateDemoWorld(t.db, { ...options, workers });
      expect(result.creators).toBe(600);
      digests.push(await tableDigest(t.db));
      await t.close();
    }
    const memory = await openTestDatabase('sqlite');
    await generateDemoWorld(memory.db, options);
    digests.push(await tableDigest(memory.db));
    await memory.close();
    expect(digests[1]).toEqual(digests[0]);
    expect(digests[2]).toEqual(digests[0]);

    // Stopped by its signal after the first chunk the workers wrote, then continued: the same world.
    const t = await openTestDatabase('sqlite', { file: join(dir, 'stopped.db') });
    const stop = new AbortController();
    const stopped = await generateDemoWorld(t.db, {
      ...options,
      workers: true,
      signal: stop.signal,
      onProgress: () => stop.abort(),
    });
    expect(stopped.status).toBe('partial');
    expect(stopped.stored).toBeLessThan(600);
    // Written in creator order: what is stored is exactly the first `stored` creators.
    const ids = await t.db.selectFrom('creators').select('id').orderBy('id').execute();
    expect(ids.map((r) => r.id)).toEqual(ids.map((_, i) => ids[0]!.id + i));
    expect(ids).toHaveLength(stopped.stored);
    await generateDemoWorld(t.db, { ...options, workers: true });
    expect(await tableDigest(t.db)).toEqual(digests[0]);
    await t.close();
  }, 120_000);
});
