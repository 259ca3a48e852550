// The restart of `serve` after its index grew: the snapshot written on SIGTERM holds the last revision, so
// the next start loads it and has nothing to replay (no rebuild, no catch-up of everything since the first start).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { refreshCreatorMetrics } from '../../src/services/vetting/refresh-creator-metrics.ts';
import { connect } from '../../src/storage/connect.ts';
import { readDataRevision } from '../../src/storage/discovery/data-revision.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { freePort } from '../support/free-port.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { spawnCli, waitWhileRunning, type SpawnedCli } from '../support/spawn-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'serve-snapshot-'));
const file = join(dir, 'world.db');
const db = connect({ dialect: 'sqlite', file });
afterAll(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

interface IndexHealth {
  state: string;
  source: string;
  revision: number;
  snapshot_revision: number | null;
}
const serve = async () => {
  const port = await freePort();
  const cli = spawnCli(['serve', '--no-demo', '--port', String(port)], {
    DATABASE_URL: file,
    MICROREACH_DATA_DIR: dir,
    MICROREACH_DEMO_LOGIN: 'off',
    MICROREACH_REVISION_POLL_MS: '100',
  });
  const index = async () =>
    ((await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as { discovery_index: IndexHealth })
      .discovery_index;
  return { cli, index, until: (ok: (i: IndexHealth) => boolean, what: string) => until(cli, index, ok, what) };
};
const until = (cli: SpawnedCli, index: () => Promise<IndexHealth>, ok: (i: IndexHealth) => boolean, what: string) =>
  waitWhileRunning(cli, () => index().then(ok, () => false), what);

it('writes the grown index on SIGTERM and loads it at the next start with nothing to replay', async () => {
  await migrateToLatest(db);
  const ws = await ensureWorkspace(db, 'acme');
  const add = async (from: number, n: number) => {
    const records = Array.from({ length: n }, (_, k) =>
      creatorRecord({ displayName: `r${from + k}` }, { handle: `restart${from + k}`, followers: 5_000 + k }),
    );
    await refreshCreatorMetrics(db, await storeCreators(db, ws.id, records));
  };
  await add(0, 6);
  const first = await serve();
  await first.until((i) => i.state === 'ready' && i.snapshot_revision === i.revision, 'the first snapshot');
  // Grows while it runs (fewer rows than the keeper waits for: only the shutdown writes them).
  await add(100, 4);
  const grown = await readDataRevision(db);
  await first.until((i) => i.revision === grown, 'the grown revision folded in');
  expect((await first.index()).snapshot_revision).toBeLessThan(grown);
  first.cli.child.kill('SIGTERM');
  const stopped = await first.cli.exited;
  expect(stopped.err).toContain(`snapshot written at data revision ${grown}`);
  expect(stopped.err).toContain('(shutting down)');

  const second = await serve();
  await second.until((i) => i.state === 'ready', 'the index loaded');
  expect(await second.index()).toMatchObject({ source: 'snapshot', revision: grown, snapshot_revision: grown });
  second.cli.child.kill('SIGTERM');
  await second.cli.exited;
}, 180_000);
