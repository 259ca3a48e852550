import type { Kysely } from 'kysely';
import type { Campaign, Database } from '../schema.ts';

/** A campaign of this workspace by id; undefined when it does not exist or belongs to another workspace. */
export async function findCampaign(
  db: Kysely<Database>,
  workspaceId: number,
  id: number,
): Promise<Campaign | undefined> {
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A campaign by id ("12") or exact name, within the workspace (the CLI's CAMPAIGN argument). */
export async function findCampaignByRef(
  db: Kysely<Database>,
  workspaceId: number,
  ref: string,
): Promise<Campaign | undefined> {
  if (/^\d+$/.test(ref)) {
    const byId = await findCampaign(db, workspaceId, Number(ref));
    if (byId) return byId;
  }
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', ref)
    .executeTakeFirst();
}
