// One pass over a workspace's codes: creates in the store those not there yet (pending, failed, or
// waiting for a store connection) and deactivates those of ended campaigns. Run by `microreach codes
// sync` and on a timer by `serve`; every step is idempotent, so passes may overlap or repeat.
import type { DB } from '../../storage/connect.ts';
import { deactivateEndedCodes, type DeactivationResult } from './deactivate-ended-codes.ts';
import type { StoreClientOptions } from './store-admin-client.ts';
import { type CodeSyncResult, syncDiscountCode } from './sync-discount-code.ts';

export async function syncWorkspaceCodes(
  db: DB,
  key: Buffer,
  workspaceId: number,
  now: Date,
  options: StoreClientOptions = {},
): Promise<{ synced: CodeSyncResult[]; ended: DeactivationResult }> {
  const open = await db
    .selectFrom('discount_codes')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('sync_status', 'in', ['pending', 'failed', 'not_synced'])
    .where('replaced_by_code_id', 'is', null)
    .orderBy('id')
    .execute();
  const synced: CodeSyncResult[] = [];
  for (const { id } of open)
    synced.push(await syncDiscountCode(db, key, workspaceId, Number(id), { ...options, now: () => now }));
  const ended = await deactivateEndedCodes(db, key, workspaceId, now, options);
  return { synced, ended };
}
