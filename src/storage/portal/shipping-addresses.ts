import type { DB } from '../connect.ts';

export async function saveShippingAddress(
  db: DB,
  workspaceId: number,
  enrollmentId: number,
  address: object,
  now: string,
) {
  const json = JSON.stringify(address);
  await db
    .insertInto('shipping_addresses')
    .values({ enrollment_id: enrollmentId, workspace_id: workspaceId, address: json, updated_at: now })
    .onConflict((oc) => oc.column('enrollment_id').doUpdateSet({ address: json, updated_at: now }))
    .execute();
}

export async function loadShippingAddress(db: DB, workspaceId: number, enrollmentId: number) {
  const row = await db
    .selectFrom('shipping_addresses')
    .select(['address', 'updated_at'])
    .where('workspace_id', '=', workspaceId)
    .where('enrollment_id', '=', enrollmentId)
    .executeTakeFirst();
  return row ? { address: JSON.parse(row.address) as Record<string, string>, updatedAt: row.updated_at } : null;
}
