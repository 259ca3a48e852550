// Test data builders: small, explicit creator records stored through the real writer.
import type { AccountRecord, CreatorRecord } from '../../src/core/creators/creator-record.ts';
import type { DB } from '../../src/storage/connect.ts';
import { saveCreatorRecord } from '../../src/storage/creators/save-creator-record.ts';

let counter = 0;

export function creatorRecord(
  overrides: Partial<CreatorRecord> = {},
  account: Partial<AccountRecord> = {},
): CreatorRecord {
  counter += 1;
  return {
    displayName: `Creator ${counter}`,
    country: 'GB',
    categories: [],
    accounts: [
      {
        platform: 'instagram',
        handle: `creator_${counter}`,
        followers: 25_000,
        following: 300,
        postsCount: 200,
        provenance: { source: 'test', observedAt: '2026-11-01T00:00:00.000Z', fetchedAt: '2026-11-01T00:00:00.000Z' },
        ...account,
      },
    ],
    ...overrides,
  };
}

export async function storeCreators(db: DB, workspaceId: number, records: CreatorRecord[]): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (const r of records)
      ids.push(
        (await saveCreatorRecord(trx, r, { workspaceId, via: 'test', now: new Date().toISOString() })).creatorId,
      );
    return ids;
  });
}
