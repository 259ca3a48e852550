import type { DB } from '../../storage/connect.ts';
import { refreshAccountMetrics } from './refresh-account-metrics.ts';

/** Recomputes the vetting metrics of every account of these creators (and the tier benchmarks). */
export async function refreshCreatorMetrics(db: DB, creatorIds: readonly number[], now?: Date): Promise<number> {
  if (creatorIds.length === 0) return 0;
  const accountIds: number[] = [];
  for (let i = 0; i < creatorIds.length; i += 500) {
    const rows = await db.selectFrom('accounts').select('id').where('creator_id', 'in', creatorIds.slice(i, i + 500)).execute();
    accountIds.push(...rows.map((r) => r.id));
  }
  return refreshAccountMetrics(db, accountIds, { now });
}
