import type { DB } from '../connect.ts';

/** Adds to `into` the niche terms stored after the highest id it holds (term → id), in batches. */
export async function loadTerms(db: DB, into: Map<string, number>): Promise<void> {
  let after = Math.max(0, ...[...into.values()].slice(-1));
  for (;;) {
    const rows = await db
      .selectFrom('terms')
      .select(['id', 'term'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(50_000)
      .execute();
    if (rows.length === 0) return;
    for (const r of rows) into.set(r.term, r.id);
    after = rows[rows.length - 1]!.id;
  }
}

/** Accounts with derived metrics: what a complete search index holds. */
export async function countIndexableAccounts(db: DB): Promise<number> {
  const { count } = await db
    .selectFrom('account_metrics')
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
