// The engine folds in what changed after the published revision it is complete through, not after the
// newest row it holds: an index built while a refresh was writing holds some rows of a revision that is
// not published yet, and the rest of that refresh must still arrive once it is.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { briefSchema } from '../../src/core/discovery/brief.ts';
import { DiscoveryEngine } from '../../src/search-index/discovery-engine.ts';
import { refreshCreatorMetrics } from '../../src/services/vetting/refresh-creator-metrics.ts';
import { readDataRevision } from '../../src/storage/discovery/data-revision.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

let t: TestDatabase;
let workspaceId: number;
beforeAll(async () => {
  t = await openTestDatabase('sqlite');
  workspaceId = (await ensureWorkspace(t.db, 'acme')).id;
});
afterAll(async () => t.close());

const store = async (handle: string, followers: number) => {
  const ids = await storeCreators(t.db, workspaceId, [creatorRecord({ displayName: handle }, { handle, followers })]);
  await refreshCreatorMetrics(t.db, ids);
};
/** Handles of the accounts the engine holds with at least `min` followers. */
const above = async (engine: DiscoveryEngine, min: number) => {
  const brief = briefSchema.parse({ followers: { min }, limit: 50 });
  const ctx = { excludedAccounts: new Set<number>(), seedAccounts: [], usdRate: 1, calibration: 1, now: Date.now() };
  return (await engine.search(brief, ctx)).top.map((hit) => hit.facts.handle).sort();
};

it('takes every account of a refresh that the build read only half of', async () => {
  await store('anna', 9_000);
  await store('bea', 9_000);
  const published = await readDataRevision(t.db);
  // A refresh under way: anna is rewritten with the revision it reserved (published + 1), not yet published.
  await store('anna', 20_000);
  await sql`update meta set value = ${published} where key = 'data_revision'`.execute(t.db);
  const engine = await DiscoveryEngine.open(t.db);
  expect(engine.revision).toBe(published);
  // The rest of the same refresh (bea, the same reserved revision), then its publication.
  await store('bea', 30_000);
  expect(await readDataRevision(t.db)).toBe(published + 1);
  expect(await above(engine, 15_000)).toEqual(['anna', 'bea']);
  expect(await above(engine, 25_000)).toEqual(['bea']);
});
