import type { Platform } from '../../core/creators/creator-record.ts';
import type { KnownAccount } from '../../core/imports/account-directory.ts';
import type { DB } from '../connect.ts';

const CHUNK = 500;

/** Stored accounts of a platform that have one of these platform ids or handles. */
export async function findKnownAccounts(
  db: DB,
  platform: Platform,
  refs: { externalIds: string[]; handles: string[] },
): Promise<KnownAccount[]> {
  const found = new Map<number, KnownAccount>();
  for (const [column, values] of [
    ['external_id', [...new Set(refs.externalIds)]],
    ['handle', [...new Set(refs.handles)]],
  ] as const) {
    for (let i = 0; i < values.length; i += CHUNK) {
      const rows = await db
        .selectFrom('accounts')
        .select(['id', 'platform', 'handle', 'external_id'])
        .where('platform', '=', platform)
        .where(column, 'in', values.slice(i, i + CHUNK))
        .execute();
      for (const r of rows) found.set(r.id, { platform: r.platform, handle: r.handle, externalId: r.external_id });
    }
  }
  return [...found.values()];
}
