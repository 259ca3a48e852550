// After a bulk load that only adds accounts (the demo world growing in parts): derives the accounts
// that have no metrics yet, ranks them with those whose phase 1 the load wrote itself (revision 0:
// derived, never ranked; see generate-demo-world.ts deriveMetrics), then re-ranks the ones derived
// before against the new tier benchmarks (phase 2 only). The numbers end up those of a refresh of everything, without deriving the
// accounts already derived again. Each phase publishes a data revision, so the discovery index
// folds the new accounts in, then the re-ranked ones.
import type { DB } from '../../storage/connect.ts';
import { nextDataRevision, publishDataRevision } from '../../storage/discovery/data-revision.ts';
import { applyTierDerivations } from './apply-tier-derivations.ts';
import { refreshAccountMetrics, type RefreshOptions } from './refresh-account-metrics.ts';

const PAGE = 50_000;

export async function refreshUnmeasuredAccounts(db: DB, options: RefreshOptions = {}): Promise<number> {
  const unmeasured: number[] = [];
  const derived: number[] = [];
  const measured: number[] = [];
  for (let after = 0; ; ) {
    const rows = await db
      .selectFrom('accounts')
      .leftJoin('account_metrics', 'account_metrics.account_id', 'accounts.id')
      .select(['accounts.id', 'account_metrics.account_id as measured', 'account_metrics.revision'])
      .where('accounts.id', '>', after)
      .orderBy('accounts.id')
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) (r.measured === null ? unmeasured : Number(r.revision) === 0 ? derived : measured).push(r.id);
    after = rows[rows.length - 1]!.id;
  }
  if (unmeasured.length === 0 && derived.length === 0) return 0;
  const done = await refreshAccountMetrics(db, unmeasured, { ...options, derived });
  if (measured.length > 0) {
    const revision = await nextDataRevision(db);
    try {
      await applyTierDerivations(db, measured, revision);
    } finally {
      await publishDataRevision(db, revision);
    }
  }
  return done;
}
