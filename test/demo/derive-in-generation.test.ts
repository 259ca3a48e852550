// The generation workers derive each account's metrics from the rows they have just made (deriveMetrics)
// instead of the metrics phase reading them back: the numbers must be those a refresh reading the
// database gives, in full mode (up to hundreds of posts per account, pinned posts, comment threads on
// every account) and in light mode.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { derivedDigest } from '../../scripts/bench/derived-digest.ts';
import { generateDemoWorld } from '../../src/demo/generate-demo-world.ts';
import { demoNeedsFinishing } from '../../src/services/demo/demo-needs-finishing.ts';
import { refreshAllAccountMetrics } from '../../src/services/vetting/refresh-all-account-metrics.ts';
import { refreshUnmeasuredAccounts } from '../../src/services/vetting/refresh-unmeasured-accounts.ts';
import { openTestDatabase } from '../support/test-db.ts';

const dir = mkdtempSync(join(tmpdir(), 'mr-derive-in-generation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const asOf = new Date('2026-03-01T00:00:00.000Z');

describe('metrics derived by the generation workers', () => {
  it.each([
    ['full', 60, 1_000],
    ['light', 400, 100],
  ])(
    'are the numbers a refresh from the database derives (%s mode)',
    async (mode, creators, lightAbove) => {
      const file = join(dir, `${mode}.db`);
      const t = await openTestDatabase('sqlite', { file });
      try {
        await generateDemoWorld(t.db, { creators, seed: 7, asOf, lightAbove, workers: true, deriveMetrics: true });
        const accounts = await t.db.selectFrom('accounts').select('id').execute();
        const unranked = await t.db
          .selectFrom('account_metrics')
          .select('account_id')
          .where('revision', '=', 0)
          .execute();
        // Every account derived by the workers, none ranked yet: the world is not finished.
        expect(unranked).toHaveLength(accounts.length);
        expect(await demoNeedsFinishing(t.db)).toEqual({ creators, seed: 7 });

        expect(await refreshUnmeasuredAccounts(t.db, { now: asOf, sqliteFile: file })).toBe(accounts.length);
        expect(await demoNeedsFinishing(t.db)).toBeUndefined();
        const inGeneration = await derivedDigest(t.db, ['revision']);

        for (const table of ['account_terms', 'account_niches', 'account_metrics', 'terms', 'tier_benchmarks'] as const)
          await t.db.deleteFrom(table).execute();
        await refreshAllAccountMetrics(t.db, { now: asOf, sqliteFile: file });
        expect(await derivedDigest(t.db, ['revision'])).toEqual(inGeneration);
      } finally {
        await t.close();
      }
    },
    120_000,
  );
});
