// The installation's data revision: every metrics refresh reserves a number of its own, writes its rows
// with it, and publishes it at the end; the discovery engine polls (or is notified of) the published
// revision and reads the rows above the one it is complete through. Refreshes may run at once, on one
// instance or several: the numbers they reserve are unique, and a revision is published only once no
// reservation at or below it is still being written (publishable-revision.ts), so an engine never syncs
// past rows that are still to come.
import { sql } from 'kysely';
import type { DB } from '../connect.ts';
import { dialectOf } from '../dialect.ts';
import { thisRunner } from '../imports/import-runners.ts';
import { publishableRevision } from './publishable-revision.ts';
import { startReservationHeartbeat, stopReservationHeartbeat } from './reservation-heartbeat.ts';
import { underRevisionLock } from './revision-lock.ts';

/** The Postgres channel a published revision is announced on (payload: "<schema> <revision>"). */
export const DATA_REVISION_CHANNEL = 'microreach_data_revision';

/** The published data revision: every row at or below it is written for good. */
export async function readDataRevision(db: DB): Promise<number> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'data_revision').executeTakeFirst();
  return Number(row?.value ?? 0);
}

/**
 * Reserves a revision number no other refresh holds (above the published one and every reservation);
 * rows written with it become visible when publishDataRevision(db, it) lets it be published.
 */
export async function nextDataRevision(db: DB): Promise<number> {
  const revision = await underRevisionLock(db, async (trx) => {
    const newest = await trx
      .selectFrom('data_revision_reservations')
      .select((eb) => eb.fn.max('revision').as('r'))
      .executeTakeFirst();
    const next = Math.max(await readDataRevision(trx), Number(newest?.r ?? 0)) + 1;
    const now = new Date().toISOString();
    await trx
      .insertInto('data_revision_reservations')
      .values({ revision: next, runner: thisRunner(), beat_at: now, finished_at: null })
      .execute();
    return next;
  });
  startReservationHeartbeat(db, revision);
  return revision;
}

/**
 * Finishes `revision` and publishes as far as the publish rule allows (never moving back): up to it, or
 * to a higher one that finished while it held them back, and never past a reservation still being
 * written. On Postgres the same statement NOTIFYs the listening instances (listen-data-revisions.ts): the
 * notification is delivered at COMMIT, never for a revision that was rolled back, and only when the
 * revision really moved.
 */
export async function publishDataRevision(db: DB, revision: number): Promise<void> {
  stopReservationHeartbeat(revision);
  await underRevisionLock(db, async (trx) => {
    const now = new Date();
    await trx
      .updateTable('data_revision_reservations')
      .set({ finished_at: now.toISOString() })
      .where('revision', '=', revision)
      .execute();
    const target = await publishableRevision(trx, revision, now.getTime());
    await movePublishedRevision(trx, target);
    await trx.deleteFrom('data_revision_reservations').where('revision', '<=', target).execute();
  });
}

async function movePublishedRevision(trx: DB, revision: number): Promise<void> {
  if (dialectOf(trx) === 'postgres') {
    await sql`with published as (
        update meta set value = ${revision} where key = 'data_revision' and value < ${revision} returning value
      )
      select pg_notify(${DATA_REVISION_CHANNEL}, current_schema() || ' ' || value) from published`.execute(trx);
    return;
  }
  await trx
    .updateTable('meta')
    .set({ value: revision })
    .where('key', '=', 'data_revision')
    .where('value', '<', revision)
    .execute();
}
