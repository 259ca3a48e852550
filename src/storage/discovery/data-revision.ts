import type { DB } from '../connect.ts';

/** The installation's data revision: bumped by every metrics refresh, polled by the discovery engine. */
export async function readDataRevision(db: DB): Promise<number> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'data_revision').executeTakeFirst();
  return Number(row?.value ?? 0);
}

/** Reserves the next revision number (rows written with it become visible when it is published). */
export async function nextDataRevision(db: DB): Promise<number> {
  return (await readDataRevision(db)) + 1;
}

export async function publishDataRevision(db: DB, revision: number): Promise<void> {
  await db
    .updateTable('meta')
    .set({ value: revision })
    .where('key', '=', 'data_revision')
    .where('value', '<', revision)
    .execute();
}
