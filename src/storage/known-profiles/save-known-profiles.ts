// Stores follower / commenter profiles (installation-wide public data, like creators), one
// transaction per batch. Idempotent: a profile whose numbers are already stored is left as it is,
// fetch time included, and counted as unchanged.
import type { ProfileRecord } from '../../core/imports/profile-list/parse-profile-list.ts';
import type { Platform } from '../../core/creators/creator-record.ts';
import type { DB } from '../connect.ts';
import type { KnownProfilesTable } from '../schema.ts';

const PROFILE_BATCH = 1_000;

export interface SavedProfiles {
  imported: number;
  updated: number;
  unchanged: number;
  /** Handles whose numbers are new or changed. */
  changedHandles: string[];
}

const flag = (b: boolean | null) => (b === null ? null : b ? (1 as const) : (0 as const));

export async function saveKnownProfiles(
  db: DB,
  platform: Platform,
  profiles: readonly ProfileRecord[],
  options: { source: string; fetchedAt: string; onProgress?: (done: number, total: number) => void },
): Promise<SavedProfiles> {
  const saved: SavedProfiles = { imported: 0, updated: 0, unchanged: 0, changedHandles: [] };
  for (let i = 0; i < profiles.length; i += PROFILE_BATCH) {
    const batch = profiles.slice(i, i + PROFILE_BATCH);
    await db.transaction().execute(async (trx) => {
      const existing = new Map(
        (
          await trx
            .selectFrom('known_profiles')
            .selectAll()
            .where('platform', '=', platform)
            .where(
              'handle',
              'in',
              batch.map((p) => p.handle),
            )
            .execute()
        ).map((r) => [r.handle, r]),
      );
      for (const p of batch) {
        const row: KnownProfilesTable = {
          platform,
          handle: p.handle,
          followers: p.followers,
          following: p.following,
          posts_count: p.posts,
          has_profile_picture: flag(p.hasProfilePicture),
          is_private: flag(p.isPrivate),
          bio_length: p.bioLength,
          full_name: p.fullName,
          source: options.source,
          fetched_at: options.fetchedAt,
        };
        const before = existing.get(p.handle);
        if (!before) {
          await trx.insertInto('known_profiles').values(row).execute();
          saved.imported += 1;
        } else if (sameNumbers(before, row)) {
          saved.unchanged += 1;
          continue;
        } else {
          await trx
            .updateTable('known_profiles')
            .set(row)
            .where('platform', '=', platform)
            .where('handle', '=', p.handle)
            .execute();
          saved.updated += 1;
        }
        saved.changedHandles.push(p.handle);
      }
    });
    options.onProgress?.(Math.min(i + PROFILE_BATCH, profiles.length), profiles.length);
  }
  return saved;
}

const COMPARED = [
  'followers',
  'following',
  'posts_count',
  'has_profile_picture',
  'is_private',
  'bio_length',
  'full_name',
] as const;

// Counts may come back from Postgres as strings; compare as numbers where both are numeric.
const sameNumbers = (a: KnownProfilesTable, b: KnownProfilesTable) =>
  COMPARED.every((k) => (a[k] === null || b[k] === null ? a[k] === b[k] : String(a[k]) === String(b[k])));
