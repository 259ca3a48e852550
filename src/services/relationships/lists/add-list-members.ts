// Adds many creators to a list in one transaction: each joins the workspace's pool, gets a relationship
// (first stage) if she had none, and a "list_added" timeline event. Adding someone already on the list
// changes nothing (a repeated call is harmless). One unknown creator refuses the whole call.
import type { ListMembersInput } from '../../../core/relationships/relationship-input.ts';
import type { DB } from '../../../storage/connect.ts';
import { findList } from '../../../storage/relationships/creator-lists.ts';
import { recordEvent } from '../../../storage/relationships/record-event.ts';
import { resolveAccounts } from '../../../storage/relationships/resolve-accounts.ts';
import { ensureRelationship } from '../ensure-relationship.ts';

export async function addListMembers(
  db: DB,
  workspaceId: number,
  listId: number,
  input: ListMembersInput,
  userId: number | null,
) {
  const list = await findList(db, workspaceId, listId);
  const accounts = await resolveAccounts(db, input.creators, input.account_ids);
  return db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    let added = 0;
    for (const account of accounts) {
      const inserted = await trx
        .insertInto('creator_list_members')
        .values({
          list_id: listId,
          workspace_id: workspaceId,
          account_id: account.id,
          creator_id: account.creator_id,
          added_at: now,
        })
        .onConflict((oc) => oc.columns(['list_id', 'account_id']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) continue;
      added += 1;
      await trx
        .insertInto('workspace_creators')
        .values({ workspace_id: workspaceId, creator_id: account.creator_id, source: 'list', added_at: now })
        .onConflict((oc) => oc.columns(['workspace_id', 'creator_id']).doNothing())
        .execute();
      const relationship = await ensureRelationship(trx, workspaceId, account.creator_id, userId);
      await recordEvent(trx, {
        workspaceId,
        relationshipId: relationship.id,
        kind: 'list_added',
        actorUserId: userId,
        details: { list_id: listId, list: list.name, account: `${account.platform}:${account.handle}` },
        at: now,
      });
    }
    await trx.updateTable('creator_lists').set({ updated_at: now }).where('id', '=', listId).execute();
    return { added, already_on_list: accounts.length - added };
  });
}

export async function removeListMembers(
  db: DB,
  workspaceId: number,
  listId: number,
  input: ListMembersInput,
  userId: number | null,
) {
  const list = await findList(db, workspaceId, listId);
  const accounts = await resolveAccounts(db, input.creators, input.account_ids);
  return db.transaction().execute(async (trx) => {
    let removed = 0;
    for (const account of accounts) {
      const result = await trx
        .deleteFrom('creator_list_members')
        .where('list_id', '=', listId)
        .where('account_id', '=', account.id)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) continue;
      removed += 1;
      const relationship = await ensureRelationship(trx, workspaceId, account.creator_id, userId);
      await recordEvent(trx, {
        workspaceId,
        relationshipId: relationship.id,
        kind: 'list_removed',
        actorUserId: userId,
        details: { list_id: listId, list: list.name },
      });
    }
    return { removed, not_on_list: accounts.length - removed };
  });
}
