// `doctor`'s "unpublished data revision": rows above the published revision are reported only when nothing
// still writing holds them back (a live refresh's reservation is the publish rule at work, not a fault), and
// the repair publishes past the reservation of a refresh whose process was killed, never past a live one.
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkInstallation } from '../../../src/services/doctor/check-installation.ts';
import { refreshCreatorMetrics } from '../../../src/services/vetting/refresh-creator-metrics.ts';
import { nextDataRevision, readDataRevision } from '../../../src/storage/discovery/data-revision.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

describe.each(testDialects)('doctor unpublished_data_revision on %s', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const workspaceId = (await ensureWorkspace(t.db, 'acme')).id;
    await refreshCreatorMetrics(t.db, await storeCreators(t.db, workspaceId, [creatorRecord()]));
  });
  afterEach(async () => t.close());

  const check = async (repair = false) =>
    (await checkInstallation(t.db, { repair })).find((c) => c.name === 'unpublished_data_revision');
  /** A refresh holding `revision` has written its rows and not published yet. */
  const writeRows = (revision: number) => t.db.updateTable('account_metrics').set({ revision }).execute();

  it('leaves the rows of a refresh still writing alone', async () => {
    const published = await readDataRevision(t.db);
    const writing = await nextDataRevision(t.db);
    await writeRows(writing);
    expect(await check(true)).toMatchObject({ ok: true, count: 0 });
    expect(await readDataRevision(t.db)).toBe(published);
  });

  it('publishes past a refresh that was killed', async () => {
    const killed = await nextDataRevision(t.db);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    await t.db
      .updateTable('data_revision_reservations')
      .set({ runner: `${hostname()}:${gone}` })
      .where('revision', '=', killed)
      .execute();
    await writeRows(killed);
    expect(await check()).toMatchObject({ ok: false, count: 1 });
    expect(await check(true)).toMatchObject({ ok: true, repaired: `published revision ${killed}` });
    expect(await readDataRevision(t.db)).toBe(killed);
  });
});
