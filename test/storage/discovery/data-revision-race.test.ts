// Two metrics refreshes at once (two imports finishing together, on one instance or several): each holds a
// revision number of its own, and the published revision never passes one still being written, so an
// engine that syncs between their publications still ends up with every row of both.
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefSchema } from '../../../src/core/discovery/brief.ts';
import { DiscoveryEngine } from '../../../src/search-index/discovery-engine.ts';
import { refreshAccountMetrics } from '../../../src/services/vetting/refresh-account-metrics.ts';
import { refreshCreatorMetrics } from '../../../src/services/vetting/refresh-creator-metrics.ts';
import {
  nextDataRevision,
  publishDataRevision,
  readDataRevision,
} from '../../../src/storage/discovery/data-revision.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../../support/test-db.ts';

describe.each(testDialects)('data revisions of refreshes at once (%s)', (dialect) => {
  let t: TestDatabase;
  const accountIds = new Map<string, number>();
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    const workspaceId = (await ensureWorkspace(t.db, 'acme')).id;
    for (const handle of ['anna', 'bea', 'cleo']) {
      const ids = await storeCreators(t.db, workspaceId, [
        creatorRecord({ displayName: handle }, { handle, followers: 9_000 }),
      ]);
      await refreshCreatorMetrics(t.db, ids);
      const account = await t.db
        .selectFrom('accounts')
        .select('id')
        .where('handle', '=', handle)
        .executeTakeFirstOrThrow();
      accountIds.set(handle, Number(account.id));
    }
  }, 120_000);
  afterAll(async () => t?.close());

  /** What a refresh holding `revision` writes for an account (phase 2 stamps each row with its revision). */
  const write = async (revision: number, handle: string, followers: number) => {
    await t.db
      .updateTable('account_metrics')
      .set({ followers, revision })
      .where('account_id', '=', accountIds.get(handle)!)
      .execute();
  };
  const above = async (engine: DiscoveryEngine, min: number) => {
    const brief = briefSchema.parse({ followers: { min }, limit: 50 });
    const ctx = { excludedAccounts: new Set<number>(), seedAccounts: [], usdRate: 1, calibration: 1, now: Date.now() };
    return (await engine.search(brief, ctx)).top.map((hit) => hit.facts.handle).sort();
  };

  it('an engine synced between two interleaved refreshes ends up with the rows of both', async () => {
    const engine = await DiscoveryEngine.open(t.db);
    const first = await nextDataRevision(t.db);
    const second = await nextDataRevision(t.db);
    await write(first, 'anna', 20_000);
    await write(second, 'bea', 20_000);
    // The second refresh finishes first; the engine syncs while the first still has cleo to write.
    await publishDataRevision(t.db, second);
    await engine.sync();
    await write(first, 'cleo', 20_000);
    await publishDataRevision(t.db, first);
    await engine.sync();
    expect(await above(engine, 15_000)).toEqual(['anna', 'bea', 'cleo']);
    expect(engine.revision).toBe(Math.max(first, second));
  });

  it('reservations made at once are distinct, and publications at once publish the highest', async () => {
    const published = await readDataRevision(t.db);
    const reserved = await Promise.all(Array.from({ length: 6 }, () => nextDataRevision(t.db)));
    expect(new Set(reserved).size).toBe(6);
    const [lowest, ...rest] = [...reserved].sort((a, b) => a - b);
    await Promise.all(rest.map((r) => publishDataRevision(t.db, r)));
    expect(await readDataRevision(t.db)).toBe(published);
    await publishDataRevision(t.db, lowest!);
    expect(await readDataRevision(t.db)).toBe(Math.max(...reserved));
    // Two that finish at the same moment: neither may leave the other unpublished.
    const pair = await Promise.all([nextDataRevision(t.db), nextDataRevision(t.db)]);
    await Promise.all(pair.map((r) => publishDataRevision(t.db, r)));
    expect(await readDataRevision(t.db)).toBe(Math.max(...pair));
  });

  it('a reservation whose process is gone holds nothing back; a live one on another host does', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const killed = await nextDataRevision(t.db);
    await t.db
      .updateTable('data_revision_reservations')
      .set({ runner: `${hostname()}:${gone}` })
      .where('revision', '=', killed)
      .execute();
    const after = await nextDataRevision(t.db);
    await publishDataRevision(t.db, after);
    expect(await readDataRevision(t.db)).toBe(after);

    const remote = await nextDataRevision(t.db);
    await t.db
      .updateTable('data_revision_reservations')
      .set({ runner: 'elsewhere:1' })
      .where('revision', '=', remote)
      .execute();
    const held = await nextDataRevision(t.db);
    await publishDataRevision(t.db, held);
    expect(await readDataRevision(t.db)).toBe(after);
    // Silent for longer than a remote run may be: presumed killed.
    await t.db
      .updateTable('data_revision_reservations')
      .set({ beat_at: new Date(Date.now() - 16 * 60_000).toISOString() })
      .where('revision', '=', remote)
      .execute();
    await publishDataRevision(t.db, held);
    expect(await readDataRevision(t.db)).toBe(held);
  });

  it('a refresh that fails still gives its reservation up, so later revisions are not held back', async () => {
    const failing = refreshAccountMetrics(t.db, [accountIds.get('anna')!], {
      onProgress: () => {
        throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await t.db.selectFrom('data_revision_reservations').selectAll().execute()).toEqual([]);
    const later = await nextDataRevision(t.db);
    await publishDataRevision(t.db, later);
    expect(await readDataRevision(t.db)).toBe(later);
  });
});
