// One hash over every derived row of a demo world (metrics, niche documents, tier benchmarks): bench:metrics
// prints it to show a change moved no number, and the seeded-world test pins it. Terms are hashed by their
// text: term ids follow the order batches are written in, which worker threads do not fix. Wall-clock
// columns are left out.
import { createHash } from 'node:crypto';
import type { DB } from '../../src/storage/connect.ts';

const round = (v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v);

function digest(rows: Record<string, unknown>[], skip: string[] = []): string {
  const hash = createHash('sha256');
  for (const row of rows)
    hash.update(JSON.stringify(Object.entries(row).flatMap(([k, v]) => (skip.includes(k) ? [] : [round(v)]))));
  return `${rows.length}:${hash.digest('hex').slice(0, 16)}`;
}

/** `skip`: metrics columns left out (a refresh of everything at once numbers its revision differently). */
export async function derivedDigest(db: DB, skip: string[] = []): Promise<Record<string, string>> {
  const metrics = await db.selectFrom('account_metrics').selectAll().orderBy('account_id').execute();
  const terms = await db
    .selectFrom('account_terms')
    .innerJoin('terms', 'terms.id', 'account_terms.term_id')
    .select(['account_terms.account_id', 'terms.term', 'account_terms.weight'])
    .orderBy('account_terms.account_id')
    .orderBy('terms.term')
    .execute();
  const niches = await db.selectFrom('account_niches').selectAll().orderBy('account_id').orderBy('category').execute();
  const benchmarks = await db
    .selectFrom('tier_benchmarks')
    .selectAll()
    .orderBy('platform')
    .orderBy('tier')
    .orderBy('metric')
    .execute();
  return {
    account_metrics: digest(metrics, ['computed_at', ...skip]),
    account_terms: digest(terms),
    account_niches: digest(niches),
    tier_benchmarks: digest(benchmarks, ['computed_at']),
  };
}
