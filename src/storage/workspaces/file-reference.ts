// An account the installation knows only because a workspace's file named it: the shared row
// holds its platform and handle (so imports, enrollments and later API reads meet on one id) and
// nothing else. It is visible to the workspaces whose layer describes it, and to no other.
import { sql } from 'kysely';

export const FILE_REFERENCE_SOURCE = 'workspace_file';

/** SQL condition: the account `alias` (an `accounts` table or alias of the query) is visible to the workspace. */
export function accountVisibleTo(alias: string, workspaceId: number) {
  return sql<boolean>`(${sql.ref(`${alias}.source`)} <> ${FILE_REFERENCE_SOURCE} or exists (
    select 1 from workspace_account_data vw
    where vw.account_id = ${sql.ref(`${alias}.id`)} and vw.workspace_id = ${workspaceId}))`;
}
