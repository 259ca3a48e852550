import { sql } from 'kysely';
import type { DB } from '../connect.ts';
import { dialectOf } from '../dialect.ts';

/** The Postgres channel a published revision is announced on (payload: "<schema> <revision>"). */
export const DATA_REVISION_CHANNEL = 'microreach_data_revision';

/** The installation's data revision: bumped by every metrics refresh, polled by the discovery engine. */
export async function readDataRevision(db: DB): Promise<number> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'data_revision').executeTakeFirst();
  return Number(row?.value ?? 0);
}

/** Reserves the next revision number (rows written with it become visible when it is published). */
export async function nextDataRevision(db: DB): Promise<number> {
  return (await readDataRevision(db)) + 1;
}

/**
 * Publishes `revision` (never moves it back). On Postgres the same statement NOTIFYs the listening
 * instances (listen-data-revisions.ts): the notification is delivered at COMMIT, never for a revision
 * that was rolled back, and only when the revision really moved.
 */
export async function publishDataRevision(db: DB, revision: number): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`with published as (
        update meta set value = ${revision} where key = 'data_revision' and value < ${revision} returning value
      )
      select pg_notify(${DATA_REVISION_CHANNEL}, current_schema() || ' ' || value) from published`.execute(db);
    return;
  }
  await db
    .updateTable('meta')
    .set({ value: revision })
    .where('key', '=', 'data_revision')
    .where('value', '<', revision)
    .execute();
}
