// The publish rule: the published revision is the highest one below every reservation still being written.
// An engine synced to revision P reads only rows above P, so publishing past a refresh that is still
// writing (it reserved a lower number, or the same one) would hide the rows it writes afterwards.
import type { DB } from '../connect.ts';
import { runnerIsGone } from '../imports/import-runners.ts';

/**
 * What may be published once `finished` is done: the highest finished revision (or `finished` itself,
 * which a caller may publish without having reserved it, as the doctor does), capped below the lowest
 * reservation still open. A reservation whose process is gone (killed on this host, or silent for the
 * remote timeout) no longer holds the others back: it writes nothing more.
 */
export async function publishableRevision(trx: DB, finished: number, nowMs: number): Promise<number> {
  const reservations = await trx
    .selectFrom('data_revision_reservations')
    .select(['revision', 'runner', 'beat_at', 'finished_at'])
    .execute();
  let highest = finished;
  let ceiling = Number.POSITIVE_INFINITY;
  for (const r of reservations) {
    const revision = Number(r.revision);
    if (r.finished_at !== null) highest = Math.max(highest, revision);
    else if (!runnerIsGone(r.runner, r.beat_at, nowMs)) ceiling = Math.min(ceiling, revision - 1);
  }
  return Math.min(highest, ceiling);
}
