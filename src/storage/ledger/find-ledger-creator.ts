// A creator as the ledger of a workspace knows her: only creators enrolled in one of the workspace's
// campaigns have a ledger there, so any other id (another workspace's creator) is "not found".
import type { DB } from '../connect.ts';

export async function findLedgerCreator(
  db: DB,
  workspaceId: number,
  creatorId: number,
): Promise<{ id: number; name: string | null; email: string | null } | undefined> {
  const row = await db
    .selectFrom('creators as c')
    .select(['c.id', 'c.display_name', 'c.email'])
    .where('c.id', '=', creatorId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('enrollments as e')
          .select('e.id')
          .where('e.workspace_id', '=', workspaceId)
          .whereRef('e.creator_id', '=', 'c.id'),
      ),
    )
    .executeTakeFirst();
  return row && { id: Number(row.id), name: row.display_name, email: row.email };
}
