import type { Kysely } from 'kysely';
import type { Campaign, Database } from '../schema.ts';

/** A workspace's campaigns, newest first; all of them, or one page with the total. */
export async function listCampaigns(db: Kysely<Database>, workspaceId: number): Promise<Campaign[]> {
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function listCampaignsPage(
  db: Kysely<Database>,
  workspaceId: number,
  page: { offset: number; limit: number },
): Promise<{ total: number; items: Campaign[] }> {
  const base = db.selectFrom('campaigns').where('workspace_id', '=', workspaceId);
  const [{ total }, items] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    base
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  return { total: Number(total), items };
}
