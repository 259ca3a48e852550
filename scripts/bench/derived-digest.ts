// One hash over every derived row of a demo world (metrics, niche documents, tier benchmarks): bench:metrics
// prints it to show a change moved no number, and the seeded-world test pins it. Terms are hashed by their
// text: term ids follow the order batches are written in, which worker threads do not fix. Wall-clock
// columns are left out. Rows are read a page of accounts at a time: at a million accounts the terms
// alone are twenty million rows, which did not fit in the heap at once.
import { createHash, type Hash } from 'node:crypto';
import type { DB } from '../../src/storage/connect.ts';

/** Accounts per read. */
const PAGE = 20_000;

const round = (v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v);

class RowDigest {
  private readonly hash: Hash = createHash('sha256');
  private rows = 0;
  constructor(private readonly skip: string[] = []) {}
  add(rows: Record<string, unknown>[]): void {
    for (const row of rows)
      this.hash.update(
        JSON.stringify(Object.entries(row).flatMap(([k, v]) => (this.skip.includes(k) ? [] : [round(v)]))),
      );
    this.rows += rows.length;
  }
  get value(): string {
    return `${this.rows}:${this.hash.digest('hex').slice(0, 16)}`;
  }
}

/** `skip`: metrics columns left out (a refresh of everything at once numbers its revision differently). */
export async function derivedDigest(db: DB, skip: string[] = []): Promise<Record<string, string>> {
  const metrics = new RowDigest(['computed_at', ...skip]);
  const terms = new RowDigest();
  const niches = new RowDigest();
  const last = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  for (let from = 0; from <= Number(last?.id ?? 0); from += PAGE) {
    const page = [from, from + PAGE - 1] as const;
    const metricRows = db
      .selectFrom('account_metrics')
      .selectAll()
      .where((eb) => eb.between('account_id', ...page));
    metrics.add(await metricRows.orderBy('account_id').execute());
    const termRows = db
      .selectFrom('account_terms')
      .innerJoin('terms', 'terms.id', 'account_terms.term_id')
      .select(['account_terms.account_id', 'terms.term', 'account_terms.weight'])
      .where((eb) => eb.between('account_terms.account_id', ...page));
    terms.add(await termRows.orderBy('account_terms.account_id').orderBy('terms.term').execute());
    const nicheRows = db
      .selectFrom('account_niches')
      .selectAll()
      .where((eb) => eb.between('account_id', ...page));
    niches.add(await nicheRows.orderBy('account_id').orderBy('category').execute());
  }
  const benchmarks = new RowDigest(['computed_at']);
  benchmarks.add(
    await db.selectFrom('tier_benchmarks').selectAll().orderBy('platform').orderBy('tier').orderBy('metric').execute(),
  );
  return {
    account_metrics: metrics.value,
    account_terms: terms.value,
    account_niches: niches.value,
    tier_benchmarks: benchmarks.value,
  };
}
