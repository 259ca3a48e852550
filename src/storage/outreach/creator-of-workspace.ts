// Whether a workspace knows a creator: its own data on her (an imported row), a relationship, or a list
// entry. Creators are shared; what a workspace may preview or enroll by id is only those it knows.
import type { DB } from '../connect.ts';

export async function isCreatorOfWorkspace(db: DB, workspaceId: number, creatorId: number): Promise<boolean> {
  return (await creatorsOfWorkspace(db, workspaceId, [creatorId])).has(creatorId);
}

export async function creatorsOfWorkspace(db: DB, workspaceId: number, creatorIds: number[]): Promise<Set<number>> {
  const known = new Set<number>();
  for (let i = 0; i < creatorIds.length; i += 500) {
    const chunk = creatorIds.slice(i, i + 500);
    for (const table of ['workspace_creator_data', 'relationships', 'creator_list_members'] as const) {
      const rows = await db
        .selectFrom(table)
        .select('creator_id')
        .where('workspace_id', '=', workspaceId)
        .where('creator_id', 'in', chunk)
        .execute();
      for (const r of rows) known.add(Number(r.creator_id));
    }
  }
  return known;
}
