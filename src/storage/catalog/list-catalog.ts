import type { DB } from '../connect.ts';

/** The workspace's catalog variants, by product then variant title; `onlyAvailable` leaves out those gone from the store. */
export async function listCatalog(
  db: DB,
  workspaceId: number,
  o: { onlyAvailable?: boolean; ids?: number[]; offset?: number; limit?: number } = {},
) {
  let q = db.selectFrom('catalog_variants').selectAll().where('workspace_id', '=', workspaceId);
  if (o.onlyAvailable) q = q.where('available', '=', 1);
  if (o.ids) q = o.ids.length === 0 ? q.where('id', '=', -1) : q.where('id', 'in', o.ids);
  q = q.orderBy('product_title').orderBy('variant_title').orderBy('id');
  if (o.limit !== undefined) q = q.limit(o.limit).offset(o.offset ?? 0);
  return q.execute();
}

export async function countCatalog(db: DB, workspaceId: number, onlyAvailable: boolean) {
  let q = db
    .selectFrom('catalog_variants')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId);
  if (onlyAvailable) q = q.where('available', '=', 1);
  return Number((await q.executeTakeFirstOrThrow()).n);
}
