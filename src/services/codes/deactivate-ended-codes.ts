// Deactivates in the store the codes of campaigns that have ended (their last day has passed), so a
// code cannot be redeemed, and commission earned, after the campaign. Safe to run again: a code
// already deactivated is skipped, and a failure leaves the code synced for the next run.
import { campaignEnded } from '../../core/codes/store-discount.ts';
import { StoreAdminError } from '../../connectors/stores/store-admin.ts';
import type { DB } from '../../storage/connect.ts';
import { storeAdminClient, type StoreClientOptions } from './store-admin-client.ts';

export interface DeactivationResult {
  deactivated: string[];
  failed: { code: string; error: string }[];
}

export async function deactivateEndedCodes(
  db: DB,
  key: Buffer,
  workspaceId: number,
  now: Date,
  options: StoreClientOptions = {},
): Promise<DeactivationResult> {
  const today = now.toISOString().slice(0, 10);
  const rows = await db
    .selectFrom('discount_codes as d')
    .innerJoin('campaigns as c', 'c.id', 'd.campaign_id')
    .select(['d.id', 'd.code', 'd.store_ref', 'c.ends_on'])
    .where('d.workspace_id', '=', workspaceId)
    .where('d.sync_status', '=', 'synced')
    .where('c.ends_on', '<', today)
    .orderBy('d.id')
    .execute();
  const result: DeactivationResult = { deactivated: [], failed: [] };
  if (rows.length === 0) return result;
  const store = await storeAdminClient(db, key, workspaceId, options);
  if ('reason' in store) {
    for (const r of rows) result.failed.push({ code: r.code, error: store.reason });
    return result;
  }
  for (const r of rows) {
    if (!campaignEnded(r.ends_on, now) || !r.store_ref) continue;
    const error = await deactivateOne(db, store.client, r.id, r.store_ref, now);
    if (error) result.failed.push({ code: r.code, error });
    else result.deactivated.push(r.code);
  }
  return result;
}

/** Deactivates one synced code in the store and records it; returns the store's error in words, or null. */
export async function deactivateOne(
  db: DB,
  client: { deactivateCode(ref: string): Promise<void> },
  codeId: number,
  storeRef: string,
  now: Date,
): Promise<string | null> {
  try {
    await client.deactivateCode(storeRef);
  } catch (error) {
    if (!(error instanceof StoreAdminError)) throw error;
    await db.updateTable('discount_codes').set({ sync_error: error.message }).where('id', '=', codeId).execute();
    return error.message;
  }
  await db
    .updateTable('discount_codes')
    .set({ sync_status: 'deactivated', deactivated_at: now.toISOString(), sync_error: null })
    .where('id', '=', codeId)
    .execute();
  return null;
}
