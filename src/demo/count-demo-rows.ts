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

/**
 * Row counts of the demo world already stored (for the "nothing to do" answer). Comments and post
 * snapshots are counted by joining up from each row to its creator: a `post_id IN (demo posts)`
 * made SQLite build a set of every post id first (14M at a million creators, 6 s for each table).
 */
export async function countDemoRows(db: DB): Promise<DemoRowCounts> {
  const creators = db.selectFrom('creators').select('id').where('demo', 'is not', null);
  const accounts = db.selectFrom('accounts').select('id').where('creator_id', 'in', creators);
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
        .innerJoin('posts', 'posts.id', 'comments.post_id')
        .innerJoin('accounts', 'accounts.id', 'posts.account_id')
        .innerJoin('creators', 'creators.id', 'accounts.creator_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('creators.demo', 'is not', null)
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
        .innerJoin('posts', 'posts.id', 'post_snapshots.post_id')
        .innerJoin('accounts', 'accounts.id', 'posts.account_id')
        .innerJoin('creators', 'creators.id', 'accounts.creator_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('creators.demo', 'is not', null)
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
