// Enrolls a creator's account in a campaign with its agreed costs, and gives it a tracked link and
// (optionally) a discount code — one transaction: all three exist or none does, and with the code its
// durable jobs (created in the store at once, deactivated there when the campaign ends).
import { randomBytes } from 'node:crypto';
import { AppError, notFound } from '../../core/app-error.ts';
import { normalizeCode } from '../../core/campaigns/normalize-code.ts';
import type { Platform } from '../../core/creators/creator-record.ts';
import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import { addressHash, emailHash } from '../../core/identity/customer-identity.ts';
import type { EnrollCreatorInput } from '../../core/campaigns/campaign-input.ts';
import { findCampaign } from '../../storage/campaigns/find-campaign.ts';
import type { DB } from '../../storage/connect.ts';
import { accountVisibleTo } from '../../storage/workspaces/file-reference.ts';
import { enqueueCodeJobs } from '../codes/enqueue-code-jobs.ts';
import { assertDestinationAllowed } from './assert-destination-allowed.ts';

export async function enrollCreator(
  db: DB,
  workspaceId: number,
  campaignId: number,
  input: EnrollCreatorInput,
  clock: () => Date = () => new Date(),
): Promise<{ enrollmentId: number; linkKey: string; codeId: number | null }> {
  const campaign = await findCampaign(db, workspaceId, campaignId);
  if (!campaign) throw notFound(`Campaign ${campaignId}`);
  const [platform, ...rest] = input.creator.split(':') as [Platform, ...string[]];
  const handle = normalizeHandle(platform, rest.join(':'));
  if (!handle)
    throw new AppError('validation_failed', `"${input.creator}" is not a valid ${platform} handle`, [
      { path: 'creator', message: 'not a handle' },
    ]);
  const account = await db
    .selectFrom('accounts')
    .select(['id', 'creator_id', 'handle'])
    .where('platform', '=', platform)
    .where('handle', '=', handle)
    .where(accountVisibleTo('accounts', workspaceId))
    .executeTakeFirst();
  if (!account)
    throw new AppError('not_found', `Unknown creator ${platform}:${handle}: import or add the creator first`, [
      { path: 'creator', message: 'unknown account' },
    ]);

  if (input.link_destination)
    await assertDestinationAllowed(db, workspaceId, input.link_destination, 'link_destination');
  const code = input.code?.trim() || null;
  if (code) {
    const taken = await db
      .selectFrom('discount_codes')
      .select('code')
      .where('workspace_id', '=', workspaceId)
      .where('code_normalized', '=', normalizeCode(code))
      .executeTakeFirst();
    if (taken)
      throw new AppError(
        'conflict',
        `The discount code "${code}" is already used in this workspace (as "${taken.code}")`,
        [{ path: 'code', message: 'already used (codes are case-insensitive)' }],
      );
  }
  const already = await db
    .selectFrom('enrollments')
    .select('id')
    .where('campaign_id', '=', campaignId)
    .where('creator_id', '=', account.creator_id)
    .executeTakeFirst();
  if (already)
    throw new AppError(
      'conflict',
      `${platform}:${handle} is already enrolled in this campaign (enrollment ${already.id})`,
      [{ path: 'creator', message: 'already enrolled' }],
    );

  return db.transaction().execute(async (trx) => {
    const now = clock().toISOString();
    const member = await trx
      .selectFrom('workspace_creators')
      .select('creator_id')
      .where('workspace_id', '=', workspaceId)
      .where('creator_id', '=', account.creator_id)
      .executeTakeFirst();
    if (!member)
      await trx
        .insertInto('workspace_creators')
        .values({ workspace_id: workspaceId, creator_id: account.creator_id, source: 'campaign', added_at: now })
        .execute();
    const enrollment = await trx
      .insertInto('enrollments')
      .values({
        workspace_id: workspaceId,
        campaign_id: campaignId,
        creator_id: account.creator_id,
        account_id: account.id,
        fee_minor: input.fee_minor,
        gifted_minor: input.gifted_minor,
        shipping_minor: input.shipping_minor,
        other_cost_minor: input.other_cost_minor,
        commission_bps: input.commission_bps,
        deliverables: JSON.stringify(input.deliverables),
        impressions: input.impressions ?? null,
        engagements: input.engagements ?? null,
        email_hash: emailHash(input.email),
        address_hash: addressHash(input.address),
        deal_status: input.deal_status,
        deal_status_at: input.deal_status === 'proposed' ? null : now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const enrollmentId = Number(enrollment.id);
    const linkKey =
      input.link_key ?? `${handle.replace(/[^a-z0-9]+/g, '-').slice(0, 24)}-${randomBytes(3).toString('hex')}`;
    const keyTaken = await trx.selectFrom('tracked_links').select('id').where('key', '=', linkKey).executeTakeFirst();
    if (keyTaken)
      throw new AppError('conflict', `The link key "${linkKey}" is already used`, [
        { path: 'link_key', message: 'already used' },
      ]);
    await trx
      .insertInto('tracked_links')
      .values({
        workspace_id: workspaceId,
        campaign_id: campaignId,
        enrollment_id: enrollmentId,
        key: linkKey,
        destination_url: input.link_destination ?? campaign.destination_url,
        created_at: now,
        updated_at: now,
      })
      .execute();
    let codeId: number | null = null;
    if (code) {
      const percent = input.code_percent_off ?? null;
      const inserted = await trx
        .insertInto('discount_codes')
        .values({
          workspace_id: workspaceId,
          campaign_id: campaignId,
          enrollment_id: enrollmentId,
          code,
          code_normalized: normalizeCode(code),
          created_at: now,
          percent_off_bps: percent === null ? null : Math.round(percent * 100),
          amount_off_minor: input.code_amount_off_minor ?? null,
          usage_limit: input.code_usage_limit ?? null,
          once_per_customer: input.code_once_per_customer === false ? 0 : 1,
          // pending: the code.sync job enqueued below creates it in the store once this commits.
          sync_status: 'pending',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      codeId = Number(inserted.id);
      await enqueueCodeJobs(trx, workspaceId, codeId, campaign.ends_on, now);
    }
    return { enrollmentId, linkKey, codeId };
  });
}
