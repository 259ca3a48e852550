import type { DB } from '../../storage/connect.ts';
import { selectInChunks } from '../../storage/in-chunks.ts';
import { refreshAccountMetrics } from './refresh-account-metrics.ts';

/**
 * Recomputes the vetting metrics of every account of these creators (and the tier benchmarks). A
 * creator named twice (one id per imported row) is refreshed once.
 */
export async function refreshCreatorMetrics(db: DB, creatorIds: readonly number[], now?: Date): Promise<number> {
  const unique = [...new Set(creatorIds)];
  if (unique.length === 0) return 0;
  const rows = await selectInChunks(unique, (chunk) =>
    db.selectFrom('accounts').select('id').where('creator_id', 'in', chunk).execute(),
  );
  return refreshAccountMetrics(
    db,
    rows.map((r) => r.id),
    { now },
  );
}
