// "Replace code" after a leak: the creator gets a new code (same terms) created in the store, and the
// old one is deactivated there and kept for attribution of the orders it already brought. Idempotent:
// asking again for the same new code finishes what a failed attempt left (store creation, the old
// code's deactivation) and never makes a second code.
import { AppError, notFound } from '../../core/app-error.ts';
import { normalizeCode } from '../../core/campaigns/normalize-code.ts';
import type { DB } from '../../storage/connect.ts';
import { deactivateOne } from './deactivate-ended-codes.ts';
import { enqueueCodeJobs } from './enqueue-code-jobs.ts';
import { storeAdminClient, type StoreClientOptions } from './store-admin-client.ts';
import { type CodeSyncResult, syncDiscountCode } from './sync-discount-code.ts';

export interface ReplaceCodeResult {
  oldCode: string;
  newCode: string;
  newCodeId: number;
  sync: CodeSyncResult;
  /** The old code's state in the store after the replacement, with the store's error if deactivation failed. */
  oldCodeStatus: string;
  oldCodeError: string | null;
}

export async function replaceCode(
  db: DB,
  key: Buffer,
  workspaceId: number,
  campaignId: number,
  enrollmentId: number,
  newCodeText: string,
  options: StoreClientOptions & { now?: () => Date } = {},
): Promise<ReplaceCodeResult> {
  const now = options.now ?? (() => new Date());
  const wanted = newCodeText.trim();
  if (wanted.length < 2 || wanted.length > 64)
    throw new AppError('validation_failed', 'The new code must have 2 to 64 characters', [
      { path: 'code', message: '2–64 characters' },
    ]);
  const codes = await db
    .selectFrom('discount_codes')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', '=', campaignId)
    .where('enrollment_id', '=', enrollmentId)
    .orderBy('id')
    .execute();
  const current = codes.find((c) => c.replaced_by_code_id === null);
  if (!current) throw notFound(`A discount code of enrollment ${enrollmentId} in campaign ${campaignId}`);

  // A repeat of a replacement already made: the current code is the one asked for.
  const old =
    normalizeCode(current.code) === normalizeCode(wanted)
      ? codes.find((c) => c.replaced_by_code_id === current.id)
      : current;
  if (!old)
    throw new AppError('conflict', `"${wanted}" is already this creator's code`, [
      { path: 'code', message: 'same as the current code' },
    ]);
  let newId: number;
  if (old === current) {
    const taken = await db
      .selectFrom('discount_codes')
      .select('code')
      .where('workspace_id', '=', workspaceId)
      .where('code_normalized', '=', normalizeCode(wanted))
      .executeTakeFirst();
    if (taken)
      throw new AppError(
        'conflict',
        `The discount code "${wanted}" is already used in this workspace (as "${taken.code}")`,
        [{ path: 'code', message: 'already used (codes are case-insensitive)' }],
      );
    newId = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('discount_codes')
        .values({
          workspace_id: workspaceId,
          campaign_id: campaignId,
          enrollment_id: enrollmentId,
          code: wanted,
          code_normalized: normalizeCode(wanted),
          created_at: now().toISOString(),
          percent_off_bps: old.percent_off_bps,
          amount_off_minor: old.amount_off_minor,
          usage_limit: old.usage_limit,
          once_per_customer: old.once_per_customer,
          sync_status: 'pending',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(row.id);
      // The same jobs as an enrolment's code: a retry if the creation below does not go through, and
      // the deactivation at the campaign's end.
      const campaign = await trx
        .selectFrom('campaigns')
        .select('ends_on')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', campaignId)
        .executeTakeFirstOrThrow();
      await enqueueCodeJobs(trx, workspaceId, id, campaign.ends_on, now().toISOString());
      await trx.updateTable('discount_codes').set({ replaced_by_code_id: id }).where('id', '=', old.id).execute();
      return id;
    });
  } else newId = Number(current.id);

  const sync = await syncDiscountCode(db, key, workspaceId, newId, options);
  let oldCodeError: string | null = null;
  let oldCodeStatus: string = old.sync_status;
  if (old.sync_status === 'synced' && old.store_ref) {
    const store = await storeAdminClient(db, key, workspaceId, options);
    oldCodeError =
      'reason' in store ? store.reason : await deactivateOne(db, store.client, Number(old.id), old.store_ref, now());
    if (oldCodeError === null) oldCodeStatus = 'deactivated';
  }
  return { oldCode: old.code, newCode: wanted, newCodeId: newId, sync, oldCodeStatus, oldCodeError };
}
