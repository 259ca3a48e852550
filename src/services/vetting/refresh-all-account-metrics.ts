// Recomputes the derived numbers of every account (after a bulk load such as the demo world, or on
// demand with `microreach metrics refresh`): the same two phases as after an import, over all
// accounts in id order.
import type { DB } from '../../storage/connect.ts';
import { refreshAccountMetrics, type RefreshOptions } from './refresh-account-metrics.ts';

export async function refreshAllAccountMetrics(db: DB, options: RefreshOptions = {}): Promise<number> {
  const { total } = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll().as('total'))
    .executeTakeFirstOrThrow();
  const ids: number[] = [];
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('accounts')
      .select('id')
      .where('id', '>', after)
      .orderBy('id')
      .limit(50_000)
      .execute();
    if (rows.length === 0) break;
    ids.push(...rows.map((r) => r.id));
    after = rows[rows.length - 1]!.id;
  }
  return refreshAccountMetrics(db, ids, {
    ...options,
    onProgress: (done) => options.onProgress?.(done, Number(total)),
  });
}
