// Time series (follower history, reported metrics, post metrics) grow by points. A re-import of the
// same point changes nothing; a point equal to the one just before it from the same source adds no
// information, so it is not stored (this keeps undated re-imports idempotent).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

type SeriesTable = 'account_snapshots' | 'reported_metrics' | 'post_snapshots' | 'workspace_account_snapshots';

export interface SeriesPoint {
  table: SeriesTable;
  /** Columns that identify the series (e.g. { account_id: 3, metric: 'avg_likes' }). */
  key: Record<string, string | number>;
  observedAt: string;
  values: Record<string, string | number | null>;
  /** Extra columns written on insert only (source, fetched_at). */
  extra: Record<string, string>;
}

export async function saveSeriesPoint(
  db: Kysely<Database>,
  point: SeriesPoint,
): Promise<'inserted' | 'updated' | 'unchanged'> {
  const t = db as unknown as Kysely<any>;
  const keyed = (q: any) => Object.entries(point.key).reduce((acc, [k, v]) => acc.where(k, '=', v), q);

  const existing = await keyed(t.selectFrom(point.table).selectAll())
    .where('observed_at', '=', point.observedAt)
    .executeTakeFirst();
  if (existing) {
    const differs = Object.entries(point.values).some(([k, v]) => existing[k] !== v);
    if (!differs) return 'unchanged';
    await t.updateTable(point.table).set(point.values).where('id', '=', existing.id).execute();
    return 'updated';
  }
  const previous = await keyed(t.selectFrom(point.table).selectAll())
    .where('observed_at', '<', point.observedAt)
    .orderBy('observed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (
    previous &&
    previous.source === point.extra.source &&
    Object.entries(point.values).every(([k, v]) => previous[k] === v)
  ) {
    return 'unchanged';
  }
  await t
    .insertInto(point.table)
    .values({ ...point.key, observed_at: point.observedAt, ...point.values, ...point.extra })
    .execute();
  return 'inserted';
}
