import type { Kysely } from 'kysely';
import type { Campaign, Database } from '../schema.ts';

export async function listCampaigns(db: Kysely<Database>, workspaceId: number): Promise<Campaign[]> {
  return db.selectFrom('campaigns').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}
