import { AppError } from '../../core/app-error.ts';
import type { CreateCampaignInput } from '../../core/campaigns/campaign-input.ts';
import type { DB } from '../../storage/connect.ts';
import { assertDestinationAllowed } from './assert-destination-allowed.ts';
import type { Campaign } from '../../storage/schema.ts';

/** Creates a campaign in the workspace; currency defaults to the workspace's, utm_campaign to a slug of the name. */
export async function createCampaign(db: DB, workspaceId: number, input: CreateCampaignInput): Promise<Campaign> {
  const workspace = await db
    .selectFrom('workspaces')
    .select('currency')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  const clash = await db
    .selectFrom('campaigns')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('name', '=', input.name)
    .executeTakeFirst();
  await assertDestinationAllowed(db, workspaceId, input.destination_url, 'destination_url');
  if (clash)
    throw new AppError('conflict', `A campaign named "${input.name}" already exists (id ${clash.id})`, [
      { path: 'name', message: 'already used' },
    ]);
  return db
    .insertInto('campaigns')
    .values({
      workspace_id: workspaceId,
      name: input.name,
      brief: input.brief ?? null,
      starts_on: input.starts_on ?? null,
      ends_on: input.ends_on ?? null,
      currency: input.currency ?? workspace.currency,
      window_days: input.window_days,
      model: input.model,
      destination_url: input.destination_url,
      utm_source: input.utm_source,
      utm_medium: input.utm_medium,
      utm_campaign: input.utm_campaign ?? slugify(input.name),
      cogs_bps: input.cogs_bps ?? null,
      payment_fee_bps: input.payment_fee_bps ?? null,
      payment_fee_fixed_minor: input.payment_fee_fixed_minor ?? null,
      hold_days: input.hold_days,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'campaign';
