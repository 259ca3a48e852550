// The demo writer assigns ids itself (it inserts children in the same statement batch as their
// parents, without reading ids back), starting after the largest id in use.
import type { DB } from '../storage/connect.ts';
import type { IdBase } from './build-creator.ts';

export const ID_TABLES = {
  creator: 'creators',
  account: 'accounts',
  snapshot: 'account_snapshots',
  post: 'posts',
  postSnapshot: 'post_snapshots',
  comment: 'comments',
  audience: 'audiences',
} as const;

/** The next free id of every table the demo writes. */
export async function allocateIds(db: DB): Promise<IdBase> {
  const entries = await Promise.all(
    Object.entries(ID_TABLES).map(async ([key, table]) => {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.max('id').as('max'))
        .executeTakeFirst();
      return [key, Number(row?.max ?? 0) + 1] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as IdBase;
}
