// serve's log of the discovery index: one line per step and per tenth of a build from the database, the
// end with where the index came from, and why a snapshot on disk was not used.
import { expect, it } from 'vitest';
import { progressLog } from '../../src/cli/start-discovery-index.ts';
import type { IndexStatus } from '../../src/search-index/engine-holder.ts';

const base: IndexStatus = {
  state: 'building',
  step: 'loading_snapshot',
  accounts: 0,
  total: null,
  revision: null,
  source: null,
  build_ms: null,
};

it('logs each step, each tenth of a build and the end, never the same line twice', () => {
  const lines: string[] = [];
  const log = progressLog((line) => lines.push(line));
  log(base);
  log({ ...base, total: 200_000 });
  log({ ...base, total: 200_000, step: 'reading_database' });
  for (let accounts = 5_000; accounts <= 200_000; accounts += 5_000)
    log({ ...base, total: 200_000, step: 'reading_database', accounts });
  log({ ...base, total: 200_000, step: 'writing_snapshot', accounts: 200_000 });
  log({
    ...base,
    state: 'ready',
    step: null,
    accounts: 200_000,
    total: 200_000,
    revision: 7,
    source: 'database',
    build_ms: 61_240,
    snapshot_unused: 'it was built from another database',
  });
  expect(lines).toEqual([
    'Discovery index: starting (from its snapshot if there is a usable one)…',
    'Discovery index: building from the database, 0 of 200,000 accounts',
    ...[20, 40, 60, 80, 100, 120, 140, 160, 180, 200].map(
      (k) => `Discovery index: building from the database, ${k},000 of 200,000 accounts`,
    ),
    'Discovery index: writing the snapshot…',
    'Discovery index ready: 200,000 accounts at data revision 7, built from the database in 61.2 s (snapshot not used: it was built from another database)',
  ]);
});
