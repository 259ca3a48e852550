// Keeps the derived numbers in step with the data. Phase 1 derives each account's metrics, niche
// document and categories from its facts; then the tier benchmarks are recomputed; phase 2 adds the
// tier percentile and base price; finally the new data revision is published so a running
// discovery engine picks the changes up on its next query.
import type { DB } from '../../storage/connect.ts';
import { nextDataRevision, publishDataRevision } from '../../storage/discovery/data-revision.ts';
import { saveAccountDocuments } from '../../storage/discovery/save-account-documents.ts';
import { loadAccountFactsBatch } from '../../storage/vetting/load-account-facts.ts';
import { refreshTierBenchmarks } from '../../storage/vetting/tier-benchmarks.ts';
import { applyTierDerivations } from './apply-tier-derivations.ts';
import { deriveAccount } from './derive-account.ts';

export const REFRESH_BATCH = 500;

export async function refreshAccountMetrics(
  db: DB,
  accountIds: readonly number[],
  options: { now?: Date; onProgress?: (done: number, total: number) => void } = {},
): Promise<number> {
  if (accountIds.length === 0) return 0;
  const now = options.now ?? new Date();
  const revision = await nextDataRevision(db);
  let done = 0;
  for (let i = 0; i < accountIds.length; i += REFRESH_BATCH) {
    const loaded = await loadAccountFactsBatch(db, accountIds.slice(i, i + REFRESH_BATCH), now);
    const derived = loaded.map((l) => deriveAccount(l, now));
    await db.transaction().execute(async (trx) => {
      for (const d of derived) {
        const { account_id: _id, ...update } = d.metrics;
        await trx.insertInto('account_metrics').values(d.metrics).onConflict((oc) => oc.column('account_id').doUpdateSet(update)).execute();
      }
      await saveAccountDocuments(trx, derived.map((d) => ({ accountId: d.accountId, terms: d.document.terms, niches: d.niches })));
    });
    done += loaded.length;
    options.onProgress?.(done, accountIds.length);
  }
  await refreshTierBenchmarks(db);
  await applyTierDerivations(db, accountIds, revision);
  await publishDataRevision(db, revision);
  return done;
}
