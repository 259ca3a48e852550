import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isOptedOut, recordOptOut } from '../../src/storage/relationships/opt-outs.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe.each(testDialects)('opt-outs on %s', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
  });
  afterEach(async () => t.close());

  it('hold for the whole workspace, by creator or by address, and never for another workspace', async () => {
    const a = (await ensureWorkspace(t.db, 'a')).id;
    const b = (await ensureWorkspace(t.db, 'b')).id;
    const [mia] = await storeCreators(t.db, a, [creatorRecord({}, { handle: 'mia' })]);
    const now = '2026-12-01T09:00:00.000Z';
    expect(
      await recordOptOut(t.db, { workspaceId: a, creatorId: mia!, email: 'Mia@Example.com', source: 'link', now }),
    ).toBe(true);
    expect(await recordOptOut(t.db, { workspaceId: a, creatorId: mia!, email: null, source: 'reply', now })).toBe(
      false,
    );
    expect(await isOptedOut(t.db, a, mia!)).toBe(true);
    expect(await isOptedOut(t.db, a, null, 'mia@example.COM')).toBe(true);
    expect(await isOptedOut(t.db, b, mia!, 'mia@example.com')).toBe(false);
    expect(await t.db.selectFrom('contact_opt_outs').select('source').execute()).toEqual([{ source: 'link' }]);
  });
});
