import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreatorRecord } from '../../src/core/creators/creator-record.ts';
import { saveCreatorRecord } from '../../src/storage/creators/save-creator-record.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

// Keys whose order differs between localeCompare and a database collation (case, accents).
const record: CreatorRecord = {
  accounts: [
    {
      platform: 'instagram',
      handle: 'ana.feet',
      provenance: { source: 'test', observedAt: '2026-01-01T00:00:00.000Z', fetchedAt: '2026-01-01T00:00:00.000Z' },
      audiences: [
        {
          dimension: 'city',
          source: 'verified',
          origin: 'test',
          asOf: '2026-01-01T00:00:00.000Z',
          sampleSize: 10,
          segments: [
            { key: 'São Paulo, São Paulo (state)', share: 0.3, count: 3 },
            { key: 'Santiago, Santiago Metropolitan Region', share: 0.2, count: 2 },
            { key: 'bogotá', share: 0.1, count: 1 },
            { key: 'Bogotá, Distrito Especial', share: 0.2, count: 2 },
            { key: 'Zürich', share: 0.2, count: 2 },
          ],
        },
      ],
    },
  ],
};

describe.each(testDialects)('saveAudiences on %s', (dialect) => {
  let t: TestDatabase;
  let workspaceId: number;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    workspaceId = (await ensureWorkspace(t.db, 'acme')).id;
  });
  afterEach(async () => t.close());

  const save = (r: CreatorRecord) =>
    t.db
      .transaction()
      .execute((trx) => saveCreatorRecord(trx, r, { workspaceId, via: 'test', now: '2026-01-02T00:00:00.000Z' }));

  it('sees an identical distribution as unchanged whatever the collation orders its keys', async () => {
    await save(record);
    expect((await save(record)).outcome).toBe('unchanged');
  });
});
