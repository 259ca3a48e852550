// Instagram-scoped ids (story-mention senders) resolved once per workspace (0025): her username, or the reason Meta
// gave for not naming her. A later answer replaces the earlier one.
import type { DB } from '../connect.ts';

export interface InstagramSender {
  username: string | null;
  error: string | null;
}

export async function findInstagramSender(db: DB, workspaceId: number, igsid: string) {
  return db
    .selectFrom('instagram_senders')
    .select(['username', 'error'])
    .where('workspace_id', '=', workspaceId)
    .where('igsid', '=', igsid)
    .executeTakeFirst();
}

export async function saveInstagramSender(
  db: DB,
  row: { workspaceId: number; igsid: string; now: string } & InstagramSender,
) {
  const values = { username: row.username, error: row.error, resolved_at: row.now };
  await db
    .insertInto('instagram_senders')
    .values({ workspace_id: row.workspaceId, igsid: row.igsid, ...values })
    .onConflict((oc) => oc.columns(['workspace_id', 'igsid']).doUpdateSet(values))
    .execute();
}
