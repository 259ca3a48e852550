// A creator's email addresses as this workspace knows them: its own layer (imported CSV files), never
// another workspace's. The shared creator row's email is only used for the synthetic demo creators.
import type { DB } from '../connect.ts';

export interface ContactEmail {
  email: string;
  source: string;
}

export async function contactEmails(db: DB, workspaceId: number, creatorId: number): Promise<ContactEmail[]> {
  const own = await db
    .selectFrom('workspace_creator_data')
    .select(['email', 'source'])
    .where('workspace_id', '=', workspaceId)
    .where('creator_id', '=', creatorId)
    .where('email', 'is not', null)
    .executeTakeFirst();
  if (own?.email) return [{ email: own.email, source: own.source }];
  const demo = await db.selectFrom('creators').select(['email', 'demo']).where('id', '=', creatorId).executeTakeFirst();
  return demo?.email && demo.demo !== null ? [{ email: demo.email, source: 'demo' }] : [];
}
