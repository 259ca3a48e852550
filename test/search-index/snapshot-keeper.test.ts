// The snapshot kept current by `serve`: written in the background once the index has moved and the changes
// paused (the demo world finished growing, an import ended), and on shutdown; a restart then loads it at the
// last revision instead of replaying the feed from the snapshot of the first start.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { DiscoveryEngine } from '../../src/search-index/discovery-engine.ts';
import { engineHolder } from '../../src/search-index/engine-holder.ts';
import type { SnapshotWrite } from '../../src/search-index/snapshot-keeper.ts';
import { refreshCreatorMetrics } from '../../src/services/vetting/refresh-creator-metrics.ts';
import { readDataRevision } from '../../src/storage/discovery/data-revision.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

let t: TestDatabase;
let workspaceId: number;
const add = async (from: number, n: number) => {
  const records = Array.from({ length: n }, (_, k) =>
    creatorRecord({ displayName: `k${from + k}` }, { handle: `keep${from + k}`, followers: 3_000 + k * 101 }),
  );
  await refreshCreatorMetrics(t.db, await storeCreators(t.db, workspaceId, records));
};
beforeAll(async () => {
  t = await openTestDatabase('sqlite');
  workspaceId = (await ensureWorkspace(t.db, 'acme')).id;
  await add(0, 10);
});
afterAll(async () => t.close());

it('writes the snapshot after a build, again once the index has grown and paused, with no query, and on shutdown', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'keeper-')), 'index.snapshot');
  const writes: SnapshotWrite[] = [];
  const keep = (minRows: number) =>
    engineHolder(t.db, {
      snapshotFile: file,
      background: true,
      keep: {
        snapshot: { minRows, quietMs: 50, checkMs: 10, onWrite: (w) => writes.push(w) },
        follow: { pollMs: 10 },
      },
    });
  const first = keep(5);
  const engine = await first.ready();
  // Ready before its snapshot is written (the write runs in the background), then written.
  expect(first.status()).toMatchObject({ state: 'ready', source: 'database' });
  await vi.waitFor(() => expect(first.status().snapshot_revision).toBe(engine.revision), { timeout: 10_000 });
  // The world grows; nobody asks the engine anything: the follower folds the rows in, the keeper saves them.
  await add(100, 8);
  const grown = await readDataRevision(t.db);
  await vi.waitFor(() => expect(first.status().snapshot_revision).toBe(grown), { timeout: 10_000 });
  expect(engine.revision).toBe(grown);
  // Fewer rows than minRows: left for the shutdown, which writes them.
  await add(200, 2);
  const last = await readDataRevision(t.db);
  await vi.waitFor(() => expect(engine.revision).toBe(last), { timeout: 10_000 });
  expect(first.status().snapshot_revision).toBe(grown);
  await first.stop(10_000);
  expect(writes.map((w) => ('error' in w ? w.error : w.reason))).toEqual([
    'there was no usable snapshot',
    expect.stringMatching(/^8 rows added, then 0.05 s without change$/),
    'shutting down',
  ]);
  // The restart loads it at the last revision: nothing to replay, nothing to rebuild.
  const restarted = await DiscoveryEngine.openWithSnapshot(t.db, file);
  expect(restarted.buildStats).toMatchObject({ source: 'snapshot', accounts: 20, snapshotRevision: last });
  expect(restarted.revision).toBeGreaterThan(0);
  expect(restarted.revision).toBe(last);
  // Rows stored while no server ran: the next start catches them up from the feed, and they count as unsaved.
  await add(300, 6);
  writes.length = 0;
  const second = keep(5);
  const caughtUp = await second.ready();
  expect(second.status()).toMatchObject({ source: 'snapshot', snapshot_revision: last });
  await vi.waitFor(() => expect(second.status().snapshot_revision).toBe(caughtUp.revision), { timeout: 10_000 });
  expect(writes).toEqual([expect.objectContaining({ reason: '6 rows added, then 0.05 s without change' })]);
  await second.stop(10_000);
});
