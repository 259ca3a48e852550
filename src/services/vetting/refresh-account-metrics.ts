// Keeps account_metrics in step with the data: called after imports for the accounts they touched,
// then the tier benchmarks are recomputed so percentiles include the new numbers.
import type { DB } from '../../storage/connect.ts';
import { refreshTierBenchmarks } from '../../storage/vetting/tier-benchmarks.ts';
import { metricsRow } from './metrics-row.ts';
import { vetAccount } from './vet-account.ts';

export async function refreshAccountMetrics(
  db: DB,
  accountIds: readonly number[],
  options: { now?: Date; benchmarks?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  let done = 0;
  for (const accountId of accountIds) {
    const vetted = await vetAccount(db, accountId, now);
    if (vetted) {
      const row = metricsRow(accountId, vetted.loaded.facts, vetted.report);
      const { account_id: _id, ...update } = row;
      await db.insertInto('account_metrics').values(row)
        .onConflict((oc) => oc.column('account_id').doUpdateSet(update)).execute();
    }
    done += 1;
    options.onProgress?.(done, accountIds.length);
  }
  if (options.benchmarks !== false) await refreshTierBenchmarks(db);
  return done;
}
