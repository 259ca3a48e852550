// Reads one workspace's layer for a set of creators and accounts (what it imported or typed),
// to be shown on top of the shared layer. Only ever the reading workspace's own rows.
import type { DB } from '../connect.ts';
import type { WorkspaceAccountData, WorkspaceCreatorData } from '../schema.ts';

export interface WorkspaceLayer {
  creators: Map<number, WorkspaceCreatorData>;
  accounts: Map<number, WorkspaceAccountData>;
}

export async function loadWorkspaceLayer(
  db: DB,
  workspaceId: number,
  ids: { creatorIds: readonly number[]; accountIds: readonly number[] },
): Promise<WorkspaceLayer> {
  const [creators, accounts] = await Promise.all([
    ids.creatorIds.length === 0
      ? []
      : db
          .selectFrom('workspace_creator_data')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('creator_id', 'in', [...ids.creatorIds])
          .execute(),
    ids.accountIds.length === 0
      ? []
      : db
          .selectFrom('workspace_account_data')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('account_id', 'in', [...ids.accountIds])
          .execute(),
  ]);
  return {
    creators: new Map(creators.map((c) => [c.creator_id, c])),
    accounts: new Map(accounts.map((a) => [a.account_id, a])),
  };
}
