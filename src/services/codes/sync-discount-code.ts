// Creates one discount code in the workspace's connected store, idempotently: the store is asked for
// the code first, so a retry after a timeout (the store created it, we never heard) finds it instead
// of creating a second one. The outcome is recorded on the code: synced with the store's id, or the
// store's error in words (failed = the store refused; pending = may succeed on a retry).
import { storeDiscountOf } from '../../core/codes/store-discount.ts';
import { StoreAdminError } from '../../connectors/stores/store-admin.ts';
import type { DB } from '../../storage/connect.ts';
import type { CodeSyncStatus } from '../../storage/schema.ts';
import { storeAdminClient, type StoreClientOptions } from './store-admin-client.ts';

export interface CodeSyncResult {
  codeId: number;
  status: CodeSyncStatus;
  storeRef: string | null;
  error: string | null;
}

export async function syncDiscountCode(
  db: DB,
  key: Buffer,
  workspaceId: number,
  codeId: number,
  options: StoreClientOptions & { now?: () => Date } = {},
): Promise<CodeSyncResult> {
  const now = options.now ?? (() => new Date());
  const row = await db
    .selectFrom('discount_codes as d')
    .innerJoin('campaigns as c', 'c.id', 'd.campaign_id')
    .select([
      'd.id',
      'd.code',
      'd.percent_off_bps',
      'd.amount_off_minor',
      'd.usage_limit',
      'd.once_per_customer',
      'd.sync_status',
      'd.store_ref',
      'c.name',
      'c.currency',
      'c.starts_on',
      'c.ends_on',
    ])
    .where('d.workspace_id', '=', workspaceId)
    .where('d.id', '=', codeId)
    .executeTakeFirst();
  if (!row) throw new Error(`discount code ${codeId} is not in workspace ${workspaceId}`);
  if (row.sync_status === 'synced' || row.sync_status === 'deactivated')
    return { codeId, status: row.sync_status, storeRef: row.store_ref, error: null };

  const record = async (status: CodeSyncStatus, storeRef: string | null, error: string | null) => {
    await db
      .updateTable('discount_codes')
      .set({ sync_status: status, store_ref: storeRef, sync_error: error, synced_at: now().toISOString() })
      .where('id', '=', codeId)
      .execute();
    return { codeId, status, storeRef, error };
  };

  const discount = storeDiscountOf(row, row);
  if ('reason' in discount) return record('not_synced', null, discount.reason);
  const store = await storeAdminClient(db, key, workspaceId, options);
  if ('reason' in store) return record('not_synced', null, store.reason);
  try {
    const existing = await store.client.findCode(discount.code);
    const created = existing ?? (await store.client.createCode(discount));
    return record('synced', created.ref, null);
  } catch (error) {
    if (!(error instanceof StoreAdminError)) throw error;
    return record(error.permanent ? 'failed' : 'pending', null, error.message);
  }
}
