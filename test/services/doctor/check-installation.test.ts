// `doctor`'s "accounts without derived rows": a shared account that lacks its derived rows is
// reported and repaired; an account only a workspace's file names (a file-reference row) never gets
// derived rows by design, so it is neither reported nor "repaired" into discovery.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountsWithoutDerivedRows, checkInstallation } from '../../../src/services/doctor/check-installation.ts';
import { importCreatorCsv } from '../../../src/services/imports/import-creator-csv.ts';
import { FILE_REFERENCE_SOURCE } from '../../../src/storage/workspaces/file-reference.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

describe.each(testDialects)('doctor accounts_without_derived_rows on %s', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it('ignores file-reference accounts and repairs only shared ones', async () => {
    const workspaceId = (await ensureWorkspace(t.db, 'acme')).id;
    const csv = 'handle,name,followers,er\nfile_only_1,One,12.5k,2.1%\nfile_only_2,Two,40k,3%\n';
    const summary = await importCreatorCsv(t.db, {
      workspaceId,
      fileName: 'list.csv',
      content: Buffer.from(csv),
      platform: 'instagram',
    });
    expect(summary.imported).toBe(2);
    const fileRefs = await t.db
      .selectFrom('accounts')
      .select('id')
      .where('source', '=', FILE_REFERENCE_SOURCE)
      .execute();
    expect(fileRefs).toHaveLength(2);
    // A shared (API-layer) account stored without its derived rows, as a crash would leave it.
    await storeCreators(t.db, workspaceId, [creatorRecord()]);
    const shared = await t.db
      .selectFrom('accounts')
      .select('id')
      .where('source', '<>', FILE_REFERENCE_SOURCE)
      .execute();
    expect(shared).toHaveLength(1);

    expect(await accountsWithoutDerivedRows(t.db)).toEqual([Number(shared[0]!.id)]);
    const report = await checkInstallation(t.db);
    expect(report.find((c) => c.name === 'accounts_without_derived_rows')).toMatchObject({ ok: false, count: 1 });

    const repaired = await checkInstallation(t.db, { repair: true });
    expect(repaired.find((c) => c.name === 'accounts_without_derived_rows')).toMatchObject({
      ok: true,
      count: 0,
      repaired: 'derived 1 accounts',
    });
    const derived = await t.db.selectFrom('account_metrics').select('account_id').execute();
    expect(derived.map((r) => Number(r.account_id))).toEqual([Number(shared[0]!.id)]);
  });

  it('reports nothing when a workspace file is all the installation holds', async () => {
    const workspaceId = (await ensureWorkspace(t.db, 'acme')).id;
    await importCreatorCsv(t.db, {
      workspaceId,
      fileName: 'list.csv',
      content: Buffer.from('handle,followers\nonly_in_file,10k\n'),
      platform: 'instagram',
    });
    const report = await checkInstallation(t.db);
    expect(report.find((c) => c.name === 'accounts_without_derived_rows')).toMatchObject({ ok: true, count: 0 });
  });
});
