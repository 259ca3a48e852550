import type { Kysely } from 'kysely';
import type { AudienceRecord, Provenance } from '../../core/creators/creator-record.ts';
import type { Database } from '../schema.ts';

/**
 * Keeps the newest distribution per (account, dimension, source). An older one than stored is
 * ignored; a newer or corrected one replaces the buckets. Returns whether anything changed.
 */
export async function saveAudiences(
  db: Kysely<Database>,
  accountId: number,
  audiences: AudienceRecord[],
  p: Provenance,
): Promise<boolean> {
  let changed = false;
  for (const a of audiences) {
    const existing = await db
      .selectFrom('audiences')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('dimension', '=', a.dimension)
      .where('source', '=', a.source)
      .executeTakeFirst();
    if (existing && existing.as_of > a.asOf) continue;
    const segments = [...a.segments].sort((x, y) => x.key.localeCompare(y.key));
    if (existing) {
      const stored = await db
        .selectFrom('audience_segments')
        .select(['key', 'share', 'count'])
        .where('audience_id', '=', existing.id)
        .execute();
      // Compared by key, not by position: the database's collation orders keys such as
      // "São Paulo" differently from localeCompare, which made every re-import look like a change.
      const storedByKey = new Map(stored.map((s) => [s.key, s]));
      const same =
        existing.as_of === a.asOf &&
        existing.origin === a.origin &&
        existing.sample_size === (a.sampleSize ?? null) &&
        stored.length === segments.length &&
        segments.every((s) => {
          const found = storedByKey.get(s.key);
          return found !== undefined && found.share === s.share && found.count === (s.count ?? null);
        });
      if (same) continue;
      await db.deleteFrom('audience_segments').where('audience_id', '=', existing.id).execute();
      await db
        .updateTable('audiences')
        .set({ origin: a.origin, sample_size: a.sampleSize ?? null, as_of: a.asOf, fetched_at: p.fetchedAt })
        .where('id', '=', existing.id)
        .execute();
    }
    const audienceId =
      existing?.id ??
      Number(
        (
          await db
            .insertInto('audiences')
            .values({
              account_id: accountId,
              dimension: a.dimension,
              source: a.source,
              origin: a.origin,
              sample_size: a.sampleSize ?? null,
              as_of: a.asOf,
              fetched_at: p.fetchedAt,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
    if (segments.length > 0) {
      await db
        .insertInto('audience_segments')
        .values(segments.map((s) => ({ audience_id: audienceId, key: s.key, share: s.share, count: s.count ?? null })))
        .execute();
    }
    changed = true;
  }
  return changed;
}
