// The index snapshot: a restart loads it instead of rebuilding, answers exactly like an index built
// from the database, folds in what changed since it was written (even when it held no account), and a
// stale, foreign or unreadable file is rebuilt, saying why.
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefSchema } from '../../src/core/discovery/brief.ts';
import { DiscoveryEngine } from '../../src/search-index/discovery-engine.ts';
import { DiscoveryIndex } from '../../src/search-index/discovery-index.ts';
import { engineHolder } from '../../src/search-index/engine-holder.ts';
import {
  freezeSnapshot,
  readSnapshot,
  writeFrozenSnapshot,
  writeSnapshot,
} from '../../src/search-index/index-snapshot.ts';
import { readDatabaseIdentity } from '../../src/storage/discovery/database-identity.ts';
import { refreshCreatorMetrics } from '../../src/services/vetting/refresh-creator-metrics.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { benchBriefs } from '../../scripts/bench/discovery-briefs.ts';
import { syntheticWorld } from '../../scripts/bench/synthetic-index-rows.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const NOW = Date.now();
const creators = (from: number, n: number) =>
  Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return creatorRecord(
      // Names with a line break, quotes and characters beyond ASCII travel through the snapshot too.
      { displayName: i % 4 === 1 ? `c${i}\n"quoted" ✨` : `c${i}`, country: ['GB', 'US', 'de'][i % 3] },
      {
        handle: `snap${i}`,
        bio: ['yoga mat studio', 'vegan tofu recipes', 'beach travel summer'][i % 3],
        followers: 2_000 + i * 997,
        posts: Array.from({ length: 6 }, (_, p) => ({
          externalId: `s${i}p${p}`,
          type: 'image' as const,
          postedAt: new Date(NOW - (p + 1) * 3 * 86_400_000).toISOString(),
          caption: ['yoga flow', 'tofu bowl', 'beach day'][i % 3]!,
          hashtags: [],
          mentions: [],
          likes: 50 + ((i * 7 + p) % 90),
          comments: 3 + (p % 5),
          views: null,
        })),
      },
    );
  });
const briefs = [
  ...benchBriefs(30, 3).map((b) => briefSchema.parse({ ...b, include_demo: true })),
  ...[
    { niche: { keywords: ['yoga'] }, limit: 10 },
    { niche: { keywords: ['tofu', 'beach'] }, limit: 5 },
    { limit: 20 },
    { followers: { min: 10_000 }, limit: 7 },
    { tiers: ['nano', 'micro'] },
    { audience: { countries: ['GB'] }, limit: 3 },
  ].map((b) => briefSchema.parse({ ...b, include_demo: true })),
];
const ctx = { excludedAccounts: new Set<number>(), seedAccounts: [], usdRate: 1, calibration: 1, now: NOW };
const answers = async (engine: DiscoveryEngine) => {
  const out = [];
  for (const b of briefs) {
    const a = await engine.search(b, ctx);
    out.push({ total: a.total, top: a.top.map((t) => ({ id: t.accountId, score: t.score, facts: t.facts })) });
  }
  return out;
};

it('is written under a temporary name of its own, and a temporary a killed writer left is removed', async () => {
  const at = mkdtempSync(join(tmpdir(), 'index-snapshot-'));
  const file = join(at, 'index.snapshot');
  const abandoned = `${file}.4242-0badf00d.tmp`;
  const another = `${file}.4343-c0ffee00.tmp`; // another process writing right now
  writeFileSync(abandoned, 'half');
  writeFileSync(another, 'half');
  utimesSync(abandoned, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
  await writeSnapshot(file, { index: new DiscoveryIndex(), termIds: new Map(), published: 0, database: '1' });
  expect(readdirSync(at).sort()).toEqual(['index.snapshot', basename(another)]);
});

describe.each(testDialects)('discovery index snapshot (%s)', (dialect) => {
  let t: TestDatabase;
  let workspaceId: number;
  const dir = mkdtempSync(join(tmpdir(), 'index-snapshot-'));
  const file = join(dir, 'index.snapshot');
  const add = async (from: number, n: number) => {
    const ids = await storeCreators(t.db, workspaceId, creators(from, n));
    await refreshCreatorMetrics(t.db, ids);
  };
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    workspaceId = (await ensureWorkspace(t.db, 'acme')).id;
  }, 120_000);
  afterAll(async () => t.close());

  // The cause of instances answering from an empty index behind the balancer: a snapshot of no accounts
  // restored zero-length column arrays, and the accounts folded in after it were written past their end.
  it('takes the accounts stored after a snapshot of an empty index', async () => {
    const empty = await DiscoveryEngine.openWithSnapshot(t.db, file);
    expect(empty.buildStats).toMatchObject({
      source: 'database',
      accounts: 0,
      snapshotUnused: 'there is no snapshot yet',
    });
    await add(0, 40);
    const loaded = await DiscoveryEngine.openWithSnapshot(t.db, file);
    expect(loaded.buildStats).toMatchObject({ source: 'snapshot', accounts: 40 });
    expect(await answers(loaded)).toEqual(await answers(await DiscoveryEngine.open(t.db)));
  });

  it('is written by the first build and loaded by the next, answering exactly like a fresh build', async () => {
    const built = await DiscoveryEngine.openWithSnapshot(t.db, join(dir, 'first.snapshot'));
    expect(built.buildStats.source).toBe('database');
    const loaded = await DiscoveryEngine.openWithSnapshot(t.db, join(dir, 'first.snapshot'));
    expect(loaded.buildStats).toMatchObject({ source: 'snapshot', accounts: 40 });
    expect(loaded.revision).toBe(built.revision);
    const expected = await answers(await DiscoveryEngine.open(t.db));
    expect(expected.filter((a) => a.top.length > 0).length).toBeGreaterThan(5);
    expect(await answers(loaded)).toEqual(expected);
    // What a result shows is what was stored, as stored (the names are kept as bytes).
    const shown = new Map(expected.flatMap((a) => a.top.map((h) => [h.facts.handle, h.facts] as const)));
    const stored = creators(0, 40).map((c) => ({
      handle: c.accounts[0]!.handle,
      name: c.displayName,
      country: c.country,
    }));
    expect(stored.filter((c) => c.name!.includes('✨') && shown.has(c.handle)).length).toBeGreaterThan(0);
    for (const c of stored.filter((c) => shown.has(c.handle)))
      expect(shown.get(c.handle)).toMatchObject({ displayName: c.name, country: c.country });
  });

  it('folds in accounts stored after the snapshot, and writes the newer snapshot', async () => {
    await add(100, 15);
    const loaded = await DiscoveryEngine.openWithSnapshot(t.db, file);
    expect(loaded.buildStats).toMatchObject({ source: 'snapshot', accounts: 55 });
    const fresh = await DiscoveryEngine.open(t.db);
    expect(loaded.revision).toBe(fresh.revision);
    expect(await answers(loaded)).toEqual(await answers(fresh));
    const again = await DiscoveryEngine.openWithSnapshot(t.db, file);
    expect(again.buildStats.source).toBe('snapshot');
    expect(again.revision).toBe(fresh.revision);
  });

  it('rebuilds from the database, saying why, when the file is not a snapshot, is foreign or is newer than the data', async () => {
    const other = join(dir, 'garbage.snapshot');
    writeFileSync(other, 'not an index');
    expect((await DiscoveryEngine.openWithSnapshot(t.db, other)).buildStats).toMatchObject({
      source: 'database',
      snapshotUnused: 'the file is not an index snapshot',
    });
    const engine = await DiscoveryEngine.open(t.db);
    const database = await readDatabaseIdentity(t.db);
    const { index, termIds, revision } = engine;
    // Written from another database (the same URL recreated, a copied data directory): never loaded.
    const foreign = join(dir, 'foreign.snapshot');
    await writeSnapshot(foreign, { index, termIds, published: revision, database: `${database}0` });
    expect((await DiscoveryEngine.openWithSnapshot(t.db, foreign)).buildStats).toMatchObject({
      source: 'database',
      snapshotUnused: 'it was built from another database',
    });
    // A later revision than this database has (a restored database): stale.
    const future = join(dir, 'future.snapshot');
    await writeSnapshot(future, { index, termIds, published: revision + 5, database });
    const rebuilt = await DiscoveryEngine.openWithSnapshot(t.db, future);
    expect(rebuilt.buildStats.source).toBe('database');
    expect(rebuilt.buildStats.snapshotUnused).toMatch(/newer than the database/);
    // Each was replaced by a snapshot of this database, which the next start loads.
    expect((await DiscoveryEngine.openWithSnapshot(t.db, foreign)).buildStats.source).toBe('snapshot');
  });

  it('the background holder answers 503 while building, then reports ready with accounts and revision', async () => {
    const holder = engineHolder(t.db, { snapshotFile: join(dir, 'holder.snapshot'), background: true });
    expect(holder.status()).toMatchObject({ state: 'building', step: 'loading_snapshot' });
    await expect(holder()).rejects.toMatchObject({
      status: 503,
      retryAfterSeconds: 5,
      message: expect.stringMatching(/^The discovery index is warming up: /),
    });
    const engine = await holder.ready();
    expect(await holder()).toBe(engine);
    expect(holder.status()).toMatchObject({
      state: 'ready',
      step: null,
      accounts: 55,
      total: 55,
      revision: engine.revision,
      source: 'database',
      snapshot_unused: 'there is no snapshot yet',
    });
    expect(engineHolder(t.db).status().state).toBe('not_started');
  });
});

// The snapshot keeper writes while the server goes on folding accounts in: the file must be the index of
// the instant it was frozen, byte for byte, whatever is appended, grown or removed while it is written.
it('writes the index as it was when frozen, whatever changes while the bytes are written', async () => {
  const at = mkdtempSync(join(tmpdir(), 'index-snapshot-'));
  const world = syntheticWorld(3);
  const index = new DiscoveryIndex();
  const rows = [...world.rows(3_000, NOW)];
  for (const row of rows.slice(0, 2_000)) index.upsert(row);
  const snapshot = { index, termIds: world.termIds, published: 4, database: '1' };
  await writeSnapshot(join(at, 'before.snapshot'), snapshot);
  const frozen = freezeSnapshot(snapshot);
  // Appended past every column's capacity (so each moves to a new buffer), updated and removed rows.
  for (const row of rows.slice(2_000)) index.upsert(row);
  for (const row of rows.slice(0, 300)) index.upsert({ ...row, followers: 1 });
  for (const row of rows.slice(300, 600)) index.remove(row.accountId);
  world.termIds.set('added-after-the-freeze', 99_999);
  await writeFrozenSnapshot(join(at, 'frozen.snapshot'), frozen);
  expect(readFileSync(join(at, 'frozen.snapshot')).equals(readFileSync(join(at, 'before.snapshot')))).toBe(true);
});

it('refuses a snapshot whose rows point past their values, so the index is rebuilt instead of misscoring', async () => {
  const at = mkdtempSync(join(tmpdir(), 'index-snapshot-'));
  const world = syntheticWorld(5);
  const index = new DiscoveryIndex();
  for (const row of world.rows(500, NOW)) index.upsert(row);
  index.countryStart.data[7] = index.countryIds.length;
  index.countryCount.data[7] = 2;
  await writeSnapshot(join(at, 'torn.snapshot'), { index, termIds: world.termIds, published: 1, database: '1' });
  expect(await readSnapshot(join(at, 'torn.snapshot'))).toEqual({
    unusable: 'it is damaged (countries of row 7 points past its values)',
  });
});
