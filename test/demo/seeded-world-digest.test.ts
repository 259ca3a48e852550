// The seeded world is pinned: the rows and the derived numbers of a small light-mode world, built the
// way the benchmark builds a large one (worker threads, SQLite file), hash to the values below. A
// faster build must write the same world; a deliberate change to the generator or to the vetting
// formulas updates these digests in the same commit, saying why.
//
// At 2,000 creators the build would stay on the main thread (workers start above 4,000 light-mode
// creators, metrics above 20,000 accounts), so the world's second stage is written by the workers on
// request and the metrics are derived a second time on worker threads. The main-thread paths are pinned
// too: the first stage's rows and the first derivation are written on this thread, and
// generate-demo-world.test.ts checks that workers and the main thread write the same rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo/seed-demo.ts';
import { refreshAllAccountMetrics } from '../../src/services/vetting/refresh-all-account-metrics.ts';
import { openTestDatabase } from '../support/test-db.ts';
import { derivedDigest } from '../../scripts/bench/derived-digest.ts';
import { tableDigest } from './table-digest.ts';

const dir = mkdtempSync(join(tmpdir(), 'mr-seeded-digest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the seeded demo world', () => {
  it('is the same row for row and number for number (2,000 creators, light mode)', async () => {
    const file = join(dir, 'world.db');
    const t = await openTestDatabase('sqlite', { file });
    try {
      await seedDemo(t.db, {
        creators: 2_000,
        seed: 42,
        asOf: new Date('2026-03-01T00:00:00.000Z'),
        lightAbove: 1_000,
        workers: true,
        sqliteFile: file,
      });
      const digests = { ...(await tableDigest(t.db)), ...(await derivedDigest(t.db)) };
      expect(digests).toEqual({
        creators: '2000:b6372ad51f7b21f1',
        workspace_creators: '2000:a9bc5866cbe6fff7',
        accounts: '2286:977e380f90acb494',
        account_snapshots: '11612:2f4f370856fd2ce0',
        posts: '28086:4f83099decf2599b',
        post_snapshots: '1518:d32591b6b3f6cfde',
        comments: '3491:cc8851a58616a58c',
        audiences: '4370:8ba883a6a9283dd2',
        audience_segments: '28718:3df653c0837f05fe',
        account_metrics: '2286:5bb9ed624092b90b',
        account_terms: '45720:3c4fa2ad5149706d',
        account_niches: '3673:d0cc5ad181794b0b',
        tier_benchmarks: '86:b689447e53d3bb8c',
      });
      // Derived again on worker threads, several worker batches per transaction: the same numbers.
      const derived = await derivedDigest(t.db, ['revision']);
      await t.db.deleteFrom('account_metrics').execute();
      const again = await refreshAllAccountMetrics(t.db, {
        now: new Date('2026-03-01T00:00:00.000Z'),
        sqliteFile: file,
        parallelAbove: 0,
        writeBatch: 1_500,
      });
      expect(again).toBe(2_286);
      expect(await derivedDigest(t.db, ['revision'])).toEqual(derived);
    } finally {
      await t.close();
    }
  }, 120_000);
});
