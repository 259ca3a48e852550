import type { DB } from '../storage/connect.ts';

export interface DemoRowCounts {
  creators: number;
  accounts: number;
  posts: number;
  comments: number;
  snapshots: number;
  postSnapshots: number;
  audiences: number;
  mode: 'full' | 'light';
}

/** Row counts of the demo world already stored (for the "nothing to do" answer). */
export async function countDemoRows(db: DB): Promise<DemoRowCounts> {
  const creators = db.selectFrom('creators').select('id').where('demo', 'is not', null);
  const accounts = db.selectFrom('accounts').select('id').where('creator_id', 'in', creators);
  const posts = db.selectFrom('posts').select('id').where('account_id', 'in', accounts);
  const n = async (q: Promise<{ n: number | string | bigint }>) => Number((await q).n);
  const counts = {
    creators: await n(
      db
        .selectFrom('creators')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('demo', 'is not', null)
        .executeTakeFirstOrThrow(),
    ),
    accounts: await n(
      db
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('creator_id', 'in', creators)
        .executeTakeFirstOrThrow(),
    ),
    posts: await n(
      db
        .selectFrom('posts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('account_id', 'in', accounts)
        .executeTakeFirstOrThrow(),
    ),
    comments: await n(
      db
        .selectFrom('comments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('post_id', 'in', posts)
        .executeTakeFirstOrThrow(),
    ),
    snapshots: await n(
      db
        .selectFrom('account_snapshots')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('account_id', 'in', accounts)
        .executeTakeFirstOrThrow(),
    ),
    postSnapshots: await n(
      db
        .selectFrom('post_snapshots')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('post_id', 'in', posts)
        .executeTakeFirstOrThrow(),
    ),
    audiences: await n(
      db
        .selectFrom('audiences')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('account_id', 'in', accounts)
        .executeTakeFirstOrThrow(),
    ),
  };
  // A full world keeps daily history (181 points per account); a light one about one a week.
  return { ...counts, mode: counts.accounts > 0 && counts.snapshots / counts.accounts > 60 ? 'full' : 'light' };
}
