// A creator joins a workspace's pool (workspace_creators) the first time one of its imports names her.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Adds the creator to the pool when she is not in it yet; true when she already was. */
export async function joinPool(
  db: Kysely<Database>,
  ctx: { workspaceId: number; via: string; now: string },
  creatorId: number,
): Promise<boolean> {
  const member = await db
    .selectFrom('workspace_creators')
    .select('creator_id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('creator_id', '=', creatorId)
    .executeTakeFirst();
  if (member) return true;
  await db
    .insertInto('workspace_creators')
    .values({ workspace_id: ctx.workspaceId, creator_id: creatorId, source: ctx.via, added_at: ctx.now })
    .execute();
  return false;
}
