// Sealed payout details per creator per workspace (the plaintext never reaches this layer).
import type { DB } from '../connect.ts';

export async function upsertSealedPayoutDetails(
  db: DB,
  row: {
    workspaceId: number;
    creatorId: number;
    method: string;
    sealed: string;
    updatedBy: number | null;
    now: string;
  },
): Promise<void> {
  await db
    .insertInto('creator_payout_details')
    .values({
      workspace_id: row.workspaceId,
      creator_id: row.creatorId,
      method: row.method,
      sealed: row.sealed,
      updated_by: row.updatedBy,
      updated_at: row.now,
    })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'creator_id']).doUpdateSet({
        method: row.method,
        sealed: row.sealed,
        updated_by: row.updatedBy,
        updated_at: row.now,
      }),
    )
    .execute();
}

export async function loadSealedPayoutDetails(db: DB, workspaceId: number, creatorIds: readonly number[]) {
  if (creatorIds.length === 0) return [];
  const rows = await db
    .selectFrom('creator_payout_details')
    .select(['creator_id', 'method', 'sealed', 'updated_at'])
    .where('workspace_id', '=', workspaceId)
    .where('creator_id', 'in', [...creatorIds])
    .execute();
  return rows.map((r) => ({
    creatorId: Number(r.creator_id),
    method: r.method,
    sealed: r.sealed,
    updatedAt: r.updated_at,
  }));
}
