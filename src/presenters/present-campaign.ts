// JSON shapes of campaigns and enrollments (see http/schemas/campaigns.ts). Money: minor units + currency.
import { isAgreed } from '../core/shared/deal-status.ts';
import { tierOf } from '../core/creators/tiers.ts';
import { fromJsonArray } from '../storage/creators/json-columns.ts';
import type { EnrollmentRow } from '../storage/campaigns/list-enrollments.ts';
import type { Campaign } from '../storage/schema.ts';

export function presentCampaign(c: Campaign) {
  return {
    id: c.id,
    name: c.name,
    brief: c.brief,
    starts_on: c.starts_on,
    ends_on: c.ends_on,
    currency: c.currency,
    window_days: c.window_days,
    model: c.model,
    destination_url: c.destination_url,
    utm: { source: c.utm_source, medium: c.utm_medium, campaign: c.utm_campaign },
    cogs_bps: c.cogs_bps,
    payment_fee_bps: c.payment_fee_bps,
    payment_fee_fixed_minor: c.payment_fee_fixed_minor,
    hold_days: c.hold_days,
    created_at: c.created_at,
  };
}

export function presentEnrollment(e: EnrollmentRow, currency: string) {
  return {
    id: e.id,
    campaign_id: e.campaign_id,
    creator_id: e.creator_id,
    creator_name: e.creator_name,
    account: {
      id: e.account_id,
      platform: e.platform,
      handle: e.handle,
      followers: e.followers,
      tier: tierOf(e.followers),
    },
    costs: {
      currency,
      fee_minor: e.fee_minor,
      gifted_minor: e.gifted_minor,
      shipping_minor: e.shipping_minor,
      other_cost_minor: e.other_cost_minor,
      commission_bps: e.commission_bps,
    },
    deal: { status: e.deal_status, changed_at: e.deal_status_at, fee_is_spend: isAgreed(e.deal_status) },
    deliverables: fromJsonArray(e.deliverables),
    impressions: e.impressions,
    engagements: e.engagements,
    link: e.link_key ? { key: e.link_key, path: `/r/${e.link_key}`, destination_url: e.link_destination ?? '' } : null,
    code: e.code,
    code_sync: e.code ? { status: e.code_sync_status ?? 'not_synced', error: e.code_sync_error ?? null } : null,
  };
}

export function presentLink(e: EnrollmentRow & { link_key: string }) {
  return { enrollment_id: e.id, key: e.link_key, path: `/r/${e.link_key}`, destination_url: e.link_destination ?? '' };
}

export function presentCode(e: EnrollmentRow & { code: string }) {
  return {
    enrollment_id: e.id,
    code: e.code,
    sync: { status: e.code_sync_status ?? 'not_synced', error: e.code_sync_error ?? null },
  };
}
