import type { Kysely } from 'kysely';
import type { AccountRecord } from '../../core/creators/creator-record.ts';
import type { Account, Database } from '../schema.ts';
import { changedFields, flag } from './changed-fields.ts';
import { saveSeriesPoint } from './save-series-point.ts';

/** Finds the stored account a record speaks of: by platform id first, then by handle. */
export async function findAccount(
  db: Kysely<Database>,
  record: Pick<AccountRecord, 'platform' | 'handle' | 'externalId'>,
): Promise<Account | undefined> {
  if (record.externalId) {
    const byId = await db
      .selectFrom('accounts')
      .selectAll()
      .where('platform', '=', record.platform)
      .where('external_id', '=', record.externalId)
      .executeTakeFirst();
    if (byId) return byId;
  }
  return db
    .selectFrom('accounts')
    .selectAll()
    .where('platform', '=', record.platform)
    .where('handle', '=', record.handle)
    .executeTakeFirst();
}

/** Inserts or updates an account and its profile-number history; returns its id and whether anything changed. */
export async function saveAccount(
  db: Kysely<Database>,
  creatorId: number,
  record: AccountRecord,
  existing: Account | undefined,
  now: string,
): Promise<{ accountId: number; changed: boolean }> {
  const { provenance: p } = record;
  const profile = {
    handle: record.handle,
    external_id: record.externalId,
    display_name: record.displayName,
    bio: record.bio,
    website: record.website,
    profile_picture_url: record.profilePictureUrl,
    is_private: flag(record.isPrivate),
    is_verified: flag(record.isVerified),
  };
  const numbers = {
    followers: record.followers,
    following: record.following,
    posts_count: record.postsCount,
    followers_hidden: flag(record.followersHidden),
  };
  let accountId: number;
  let changed = false;
  if (!existing) {
    const inserted = await db
      .insertInto('accounts')
      .values({
        creator_id: creatorId,
        platform: record.platform,
        ...withoutUndefined(profile),
        ...withoutUndefined(numbers),
        handle: record.handle,
        followers_hidden: numbers.followers_hidden ?? 0,
        observed_at: p.observedAt,
        source: p.source,
        fetched_at: p.fetchedAt,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    accountId = Number(inserted.id);
    changed = true;
  } else {
    accountId = existing.id;
    // Latest numbers only move forward in time: an older snapshot goes to the history only.
    const isNewest = p.observedAt >= existing.observed_at;
    const diff = changedFields<Record<string, unknown>>(existing, { ...profile, ...(isNewest ? numbers : {}) });
    if (Object.keys(diff).length > 0) {
      await db
        .updateTable('accounts')
        .set({
          ...diff,
          ...(isNewest ? { observed_at: p.observedAt } : {}),
          source: p.source,
          fetched_at: p.fetchedAt,
          updated_at: now,
        })
        .where('id', '=', accountId)
        .execute();
      changed = true;
    }
  }

  if (record.followers !== undefined || record.following !== undefined || record.postsCount !== undefined) {
    const outcome = await saveSeriesPoint(db, {
      table: 'account_snapshots',
      key: { account_id: accountId },
      observedAt: p.observedAt,
      values: {
        followers: record.followers ?? null,
        following: record.following ?? null,
        posts_count: record.postsCount ?? null,
      },
      extra: { source: p.source, fetched_at: p.fetchedAt },
    });
    changed ||= outcome !== 'unchanged';
  }

  for (const reported of record.reported ?? []) {
    const outcome = await saveSeriesPoint(db, {
      table: 'reported_metrics',
      key: { account_id: accountId, metric: reported.metric },
      observedAt: p.observedAt,
      values: { value: reported.value ?? null, text: reported.text ?? null },
      extra: { source: p.source, fetched_at: p.fetchedAt },
    });
    changed ||= outcome !== 'unchanged';
  }
  return { accountId, changed };
}

function withoutUndefined<T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}
