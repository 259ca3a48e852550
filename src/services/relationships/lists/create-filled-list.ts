// "Add to a new list" from Discover in one call: the accounts are checked first, so an unknown one refuses
// the call before the list exists; then the list is created and filled.
import type { DB } from '../../../storage/connect.ts';
import { resolveAccounts } from '../../../storage/relationships/resolve-accounts.ts';
import { addListMembers } from './add-list-members.ts';
import { createList } from './change-list.ts';

export async function createFilledList(
  db: DB,
  workspaceId: number,
  input: { name: string; account_ids: number[] },
  userId: number | null,
) {
  if (input.account_ids.length > 0) await resolveAccounts(db, [], input.account_ids);
  const list = await createList(db, workspaceId, input.name, userId);
  if (input.account_ids.length === 0) return { list, added: 0 };
  const { added } = await addListMembers(
    db,
    workspaceId,
    list.id,
    { creators: [], account_ids: input.account_ids },
    userId,
  );
  return { list, added };
}
