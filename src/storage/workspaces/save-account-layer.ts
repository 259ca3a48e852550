// Writes a workspace's own numbers and texts about an account (from its CSV files) into that
// workspace's layer. Like the shared writer, numbers only move forward in time and a source that
// does not mention a value never erases it.
import type { Kysely } from 'kysely';
import type { AccountRecord, ReportedValue } from '../../core/creators/creator-record.ts';
import { changedFields } from '../creators/changed-fields.ts';
import { saveSeriesPoint } from '../creators/save-series-point.ts';
import type { Database } from '../schema.ts';

/** Upserts the workspace's values for an account; returns whether anything changed. */
export async function saveAccountLayer(
  db: Kysely<Database>,
  key: { workspaceId: number; accountId: number },
  record: AccountRecord,
  now: string,
): Promise<boolean> {
  const p = record.provenance;
  let historyChanged = false;
  if (record.followers !== undefined || record.following !== undefined || record.postsCount !== undefined) {
    const outcome = await saveSeriesPoint(db, {
      table: 'workspace_account_snapshots',
      key: { workspace_id: key.workspaceId, account_id: key.accountId },
      observedAt: p.observedAt,
      values: {
        followers: record.followers ?? null,
        following: record.following ?? null,
        posts_count: record.postsCount ?? null,
      },
      extra: { source: p.source, fetched_at: p.fetchedAt },
    });
    historyChanged = outcome !== 'unchanged';
  }
  return (await saveLatest(db, key, record, now)) || historyChanged;
}

async function saveLatest(
  db: Kysely<Database>,
  key: { workspaceId: number; accountId: number },
  record: AccountRecord,
  now: string,
): Promise<boolean> {
  const p = record.provenance;
  const texts = { display_name: record.displayName, bio: record.bio, website: record.website };
  const numbers = { followers: record.followers, following: record.following, posts_count: record.postsCount };
  const current = await db
    .selectFrom('workspace_account_data')
    .selectAll()
    .where('workspace_id', '=', key.workspaceId)
    .where('account_id', '=', key.accountId)
    .executeTakeFirst();
  if (!current) {
    await db
      .insertInto('workspace_account_data')
      .values({
        workspace_id: key.workspaceId,
        account_id: key.accountId,
        display_name: texts.display_name ?? null,
        bio: texts.bio ?? null,
        website: texts.website ?? null,
        followers: numbers.followers ?? null,
        following: numbers.following ?? null,
        posts_count: numbers.posts_count ?? null,
        reported: JSON.stringify(mergeReported([], record.reported ?? [])),
        observed_at: p.observedAt,
        source: p.source,
        updated_at: now,
      })
      .execute();
    return true;
  }
  const isNewest = p.observedAt >= current.observed_at;
  const next = { ...texts, ...(isNewest ? numbers : {}) };
  const diff: Record<string, unknown> = changedFields<Record<string, unknown>>(current, next);
  if (isNewest) {
    const reported = JSON.stringify(
      mergeReported(JSON.parse(current.reported) as ReportedValue[], record.reported ?? []),
    );
    if (reported !== current.reported) diff.reported = reported;
  }
  if (Object.keys(diff).length === 0) return false;
  await db
    .updateTable('workspace_account_data')
    .set({ ...diff, ...(isNewest ? { observed_at: p.observedAt } : {}), source: p.source, updated_at: now })
    .where('workspace_id', '=', key.workspaceId)
    .where('account_id', '=', key.accountId)
    .execute();
  return true;
}

/** The newest value of each metric, sorted by metric name so equal sets serialise equally. */
function mergeReported(current: ReportedValue[], next: ReportedValue[]): ReportedValue[] {
  const byMetric = new Map(current.map((r) => [r.metric, r]));
  for (const r of next) {
    byMetric.set(r.metric, {
      metric: r.metric,
      ...(r.value !== undefined ? { value: r.value } : {}),
      ...(r.text !== undefined ? { text: r.text } : {}),
    });
  }
  return [...byMetric.values()].sort((a, b) => a.metric.localeCompare(b.metric));
}
