// Stores a creator record a workspace brought from a file into that workspace's layer only
// (PRODUCT.md "Creator data layers"). Accounts the installation does not know yet get a bare
// shared row (platform and handle, see file-reference.ts); every value of the file — names,
// email, numbers, bio, the file's name — stays in the workspace's layer. Call it inside a
// transaction; re-saving the same record changes nothing.
import type { Kysely } from 'kysely';
import type { CreatorRecord, WriteOutcome } from '../../core/creators/creator-record.ts';
import { findAccount } from '../creators/save-account.ts';
import type { SaveContext } from '../creators/save-creator-record.ts';
import type { Database } from '../schema.ts';
import { FILE_REFERENCE_SOURCE } from './file-reference.ts';
import { saveAccountLayer } from './save-account-layer.ts';
import { saveCreatorLayer } from './save-creator-layer.ts';
import { joinPool } from './join-pool.ts';

const NOTHING_OBSERVED = '1970-01-01T00:00:00.000Z';

export async function saveWorkspaceRecord(
  db: Kysely<Database>,
  record: CreatorRecord,
  ctx: SaveContext,
): Promise<{ creatorId: number; outcome: WriteOutcome }> {
  const existing = await Promise.all(record.accounts.map((a) => findAccount(db, a)));
  const known = existing.find((a) => a !== undefined);
  let created = false;
  let creatorId: number;
  if (known) creatorId = known.creator_id;
  else {
    const inserted = await db
      .insertInto('creators')
      .values({
        display_name: null,
        email: null,
        country: null,
        language: null,
        categories: '[]',
        demo: null,
        created_at: ctx.now,
        updated_at: ctx.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    creatorId = Number(inserted.id);
    created = true;
  }
  let changed = false;
  for (const [i, account] of record.accounts.entries()) {
    let accountId = existing[i]?.id;
    if (accountId === undefined) {
      const inserted = await db
        .insertInto('accounts')
        .values({
          creator_id: creatorId,
          platform: account.platform,
          handle: account.handle,
          external_id: account.externalId ?? null,
          // Nothing observed yet: any later connector read, however dated, is newer.
          followers_hidden: 0,
          observed_at: NOTHING_OBSERVED,
          source: FILE_REFERENCE_SOURCE,
          fetched_at: account.provenance.fetchedAt,
          created_at: ctx.now,
          updated_at: ctx.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      accountId = Number(inserted.id);
    }
    changed = (await saveAccountLayer(db, { workspaceId: ctx.workspaceId, accountId }, account, ctx.now)) || changed;
  }
  const source = record.accounts[0]?.provenance.source ?? ctx.via;
  changed =
    (await saveCreatorLayer(db, { workspaceId: ctx.workspaceId, creatorId }, record, { source, now: ctx.now })) ||
    changed;

  const member = await joinPool(db, ctx, creatorId);
  const outcome: WriteOutcome = created || !member ? 'imported' : changed ? 'updated' : 'unchanged';
  return { creatorId, outcome };
}
