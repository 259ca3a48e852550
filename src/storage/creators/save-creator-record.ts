// Stores one normalised creator record: the creator, each account, its history, posts, comments and
// audiences. Call it inside a transaction: a record is written whole or not at all.
import type { Kysely } from 'kysely';
import type { CreatorRecord, WriteOutcome } from '../../core/creators/creator-record.ts';
import type { Database } from '../schema.ts';
import { changedFields } from './changed-fields.ts';
import { fromJsonArray, toJsonArray } from './json-columns.ts';
import { findAccount, saveAccount } from './save-account.ts';
import { saveAudiences } from './save-audiences.ts';
import { savePosts } from './save-posts.ts';
import { saveCreatorLayer } from '../workspaces/save-creator-layer.ts';
import { joinPool } from '../workspaces/join-pool.ts';

export interface SaveContext {
  workspaceId: number;
  /** Label for the workspace pool membership, e.g. "import:csv". */
  via: string;
  now: string;
}

export async function saveCreatorRecord(
  db: Kysely<Database>,
  record: CreatorRecord,
  ctx: SaveContext,
): Promise<{ creatorId: number; outcome: WriteOutcome }> {
  const existingAccounts = await Promise.all(record.accounts.map((a) => findAccount(db, a)));
  const known = existingAccounts.find((a) => a !== undefined);
  let creatorId: number;
  let created = false;
  let changed = false;

  // Contact data is always workspace layer (PRODUCT.md "Creator data layers"): an email in a
  // record goes to the importing workspace only, never to the shared creators row.
  const fields = {
    display_name: record.displayName,
    country: record.country,
    language: record.language,
  };
  if (!known) {
    const inserted = await db
      .insertInto('creators')
      .values({
        display_name: fields.display_name ?? null,
        email: null,
        country: fields.country ?? null,
        language: fields.language ?? null,
        categories: toJsonArray(unique(record.categories ?? [])),
        demo: null,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    creatorId = Number(inserted.id);
    created = true;
  } else {
    creatorId = known.creator_id;
    const current = await db.selectFrom('creators').selectAll().where('id', '=', creatorId).executeTakeFirstOrThrow();
    const diff: Record<string, unknown> = changedFields<Record<string, unknown>>(current, fields);
    const categories = fromJsonArray(current.categories);
    const merged = unique([...categories, ...(record.categories ?? [])]);
    if (merged.length !== categories.length) diff.categories = toJsonArray(merged);
    if (Object.keys(diff).length > 0) {
      await db
        .updateTable('creators')
        .set({ ...diff, updated_at: ctx.now })
        .where('id', '=', creatorId)
        .execute();
      changed = true;
    }
  }

  for (const [i, account] of record.accounts.entries()) {
    const saved = await saveAccount(db, creatorId, account, existingAccounts[i], ctx.now);
    changed ||= saved.changed;
    if (account.posts?.length)
      changed =
        (await savePosts(db, saved.accountId, account.posts, account.provenance, ctx.now, ctx.workspaceId)) || changed;
    if (account.audiences?.length)
      changed = (await saveAudiences(db, saved.accountId, account.audiences, account.provenance)) || changed;
  }

  if (record.email !== undefined) {
    const source = record.accounts[0]?.provenance.source ?? ctx.via;
    changed =
      (await saveCreatorLayer(
        db,
        { workspaceId: ctx.workspaceId, creatorId },
        { email: record.email },
        { source, now: ctx.now },
      )) || changed;
  }

  const member = await joinPool(db, ctx, creatorId);
  const outcome: WriteOutcome = created || !member ? 'imported' : changed ? 'updated' : 'unchanged';
  return { creatorId, outcome };
}

const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];
