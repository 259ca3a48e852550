// Moves one creator's deal in a campaign (proposed → agreed → delivered → paid, or declined), with the
// fee as agreed when given. Repeating the same call changes nothing; a backward move is refused with
// the reason. From agreed on the fee is spend and the deal recalibrates fair prices. A deal with a fee
// that reaches delivered books that fee in the ledger once (services/ledger/record-deliverable-fee.ts).
import { emitEvent } from '../webhooks/emit-event.ts';
import { AppError, notFound } from '../../core/app-error.ts';
import { dealMoveError } from '../../core/shared/deal-status.ts';
import type { Platform } from '../../core/creators/creator-record.ts';
import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import type { SetDealInput } from '../../core/campaigns/campaign-input.ts';
import { findCampaign } from '../../storage/campaigns/find-campaign.ts';
import type { DB } from '../../storage/connect.ts';
import { recordDeliverableFee } from '../ledger/record-deliverable-fee.ts';

export async function setDealStatus(
  db: DB,
  workspaceId: number,
  campaignId: number,
  input: SetDealInput,
): Promise<{ enrollmentId: number; changed: boolean }> {
  const campaign = await findCampaign(db, workspaceId, campaignId);
  if (!campaign) throw notFound(`Campaign ${campaignId}`);
  const [platform, ...rest] = input.creator.split(':') as [Platform, ...string[]];
  const handle = normalizeHandle(platform, rest.join(':')) ?? '';
  const row = await db
    .selectFrom('enrollments as e')
    .innerJoin('accounts as a', 'a.id', 'e.account_id')
    .select(['e.id', 'e.deal_status', 'e.fee_minor'])
    .where('e.workspace_id', '=', workspaceId)
    .where('e.campaign_id', '=', campaignId)
    .where('a.platform', '=', platform)
    .where('a.handle', '=', handle)
    .executeTakeFirst();
  if (!row)
    throw new AppError('not_found', `${input.creator} is not enrolled in campaign ${campaignId}`, [
      { path: 'creator', message: 'not enrolled' },
    ]);
  const refused = dealMoveError(row.deal_status, input.status);
  if (refused)
    throw new AppError('conflict', `Cannot set the deal of ${input.creator} to ${input.status}: ${refused}`, [
      { path: 'status', message: refused },
    ]);
  const fee = input.fee_minor ?? row.fee_minor;
  if (row.deal_status === input.status && fee === row.fee_minor) return { enrollmentId: row.id, changed: false };
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('enrollments')
      .set({
        deal_status: input.status,
        fee_minor: fee,
        updated_at: now,
        ...(row.deal_status === input.status ? {} : { deal_status_at: now }),
      })
      .where('id', '=', row.id)
      .where('workspace_id', '=', workspaceId)
      .execute();
    await emitEvent(
      trx,
      workspaceId,
      'deal.updated',
      {
        campaign_id: campaignId,
        enrollment_id: row.id,
        creator: `${platform}:${handle}`,
        status: input.status,
        previous_status: row.deal_status,
        fee_minor: fee,
      },
      new Date(now),
    );
    if (input.status === 'delivered' && fee > 0)
      await recordDeliverableFee(trx, {
        workspaceId,
        enrollmentId: row.id,
        deliverableRef: 'deal',
        amountMinor: fee,
        currency: campaign.currency,
        now,
      });
  });
  return { enrollmentId: row.id, changed: true };
}
