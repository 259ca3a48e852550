// Removes every demo creator (creators.demo is not null) and everything hanging off them, leaves
// first so that each delete is a plain indexed one. Real (imported) creators are untouched.
import type { DB } from '../storage/connect.ts';
import { deleteDemoWorldPlan } from './demo-world-plan.ts';

export async function deleteDemoWorld(db: DB): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const creators = trx.selectFrom('creators').select('id').where('demo', 'is not', null);
    const accounts = trx.selectFrom('accounts').select('id').where('creator_id', 'in', creators);
    const posts = trx.selectFrom('posts').select('id').where('account_id', 'in', accounts);
    const audiences = trx.selectFrom('audiences').select('id').where('account_id', 'in', accounts);
    await trx.deleteFrom('comments').where('post_id', 'in', posts).execute();
    await trx.deleteFrom('post_snapshots').where('post_id', 'in', posts).execute();
    await trx.deleteFrom('posts').where('account_id', 'in', accounts).execute();
    await trx.deleteFrom('account_snapshots').where('account_id', 'in', accounts).execute();
    await trx.deleteFrom('reported_metrics').where('account_id', 'in', accounts).execute();
    await trx.deleteFrom('audience_segments').where('audience_id', 'in', audiences).execute();
    await trx.deleteFrom('audiences').where('account_id', 'in', accounts).execute();
    await trx.deleteFrom('accounts').where('creator_id', 'in', creators).execute();
    await trx.deleteFrom('workspace_creators').where('creator_id', 'in', creators).execute();
    const deleted = await trx.deleteFrom('creators').where('demo', 'is not', null).executeTakeFirst();
    await deleteDemoWorldPlan(trx);
    return Number(deleted.numDeletedRows);
  });
}
