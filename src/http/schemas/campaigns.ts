// Request and response schemas of the campaigns API, exported for reuse (CLI, a later OpenAPI generator).
import { z } from 'zod';
import { DEAL_STATUSES } from '../../core/campaigns/deal-status.ts';
import { PLATFORMS } from '../../core/creators/creator-record.ts';

const currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "GBP"');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const minor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const bps = z.number().int().min(0).max(10_000);
const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' });

export const createCampaignSchema = z.object({
  name: z.string().trim().min(1).max(200),
  brief: z.string().max(20_000).nullish(),
  starts_on: date.nullish(),
  ends_on: date.nullish(),
  currency: currency.optional(),
  window_days: z.number().int().min(1).max(365).default(30),
  model: z.enum(['last_click', 'first_click']).default('last_click'),
  destination_url: httpUrl,
  utm_source: z.string().trim().min(1).max(100).default('influencer'),
  utm_medium: z.string().trim().min(1).max(100).default('creator'),
  utm_campaign: z.string().trim().min(1).max(100).optional(),
  cogs_bps: bps.nullish(),
  payment_fee_bps: bps.nullish(),
  payment_fee_fixed_minor: minor.nullish(),
}).strict().refine((c) => !c.starts_on || !c.ends_on || c.starts_on <= c.ends_on, { path: ['ends_on'], message: 'ends before it starts' });

export type CreateCampaignInput = z.infer<typeof createCampaignSchema>;

export const creatorRefSchema = z.string().trim().regex(new RegExp(`^(${PLATFORMS.join('|')}):.+$`), 'platform:handle, e.g. "instagram:ana.anklets"');

export const enrollCreatorSchema = z.object({
  creator: creatorRefSchema,
  fee_minor: minor.default(0),
  gifted_minor: minor.default(0),
  shipping_minor: minor.default(0),
  other_cost_minor: minor.default(0),
  commission_bps: bps.default(0),
  deliverables: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  impressions: z.number().int().min(0).nullish(),
  engagements: z.number().int().min(0).nullish(),
  code: z.string().trim().min(2).max(64).nullish(),
  deal_status: z.enum(DEAL_STATUSES).default('proposed').describe('a fee is spend once the deal is agreed (default: proposed)'),
  link_destination: httpUrl.nullish(),
  link_key: z.string().regex(/^[A-Za-z0-9_-]{3,64}$/, '3–64 letters, digits, "-" or "_"').nullish(),
  /** The creator's own email and shipping address (self-referral check); only hashes are kept. */
  email: z.email().nullish(),
  address: z.object({ address1: z.string().min(1), zip: z.string().min(1), country: z.string().min(2) }).nullish(),
}).strict();

export type EnrollCreatorInput = z.infer<typeof enrollCreatorSchema>;

export const campaignIdParam = z.object({ id: z.coerce.number().int().positive() });

export const campaignSchema = z.object({
  id: z.number(), name: z.string(), brief: z.string().nullable(), starts_on: z.string().nullable(), ends_on: z.string().nullable(),
  currency: z.string(), window_days: z.number(), model: z.enum(['last_click', 'first_click']), destination_url: z.string(),
  utm: z.object({ source: z.string(), medium: z.string(), campaign: z.string() }),
  cogs_bps: z.number().nullable(), payment_fee_bps: z.number().nullable(), payment_fee_fixed_minor: z.number().nullable(),
  created_at: z.string(),
});

export const enrollmentSchema = z.object({
  id: z.number(), campaign_id: z.number(), creator_id: z.number(), creator_name: z.string().nullable(),
  account: z.object({ id: z.number(), platform: z.string(), handle: z.string(), followers: z.number().nullable(), tier: z.string().nullable() }),
  costs: z.object({ currency: z.string(), fee_minor: z.number(), gifted_minor: z.number(), shipping_minor: z.number(), other_cost_minor: z.number(), commission_bps: z.number() }),
  deliverables: z.array(z.string()), impressions: z.number().nullable(), engagements: z.number().nullable(),
  link: z.object({ key: z.string(), path: z.string(), destination_url: z.string() }).nullable(),
  code: z.string().nullable(),
  deal: z.object({ status: z.enum(DEAL_STATUSES), changed_at: z.string().nullable(), fee_is_spend: z.boolean() })
    .describe('proposed → agreed → delivered → paid, or declined; the fee is spend from agreed on'),
});

/** POST /api/v1/campaigns/{id}/deals: move one creator's deal, optionally with the agreed fee. */
export const setDealSchema = z.object({
  creator: creatorRefSchema,
  status: z.enum(DEAL_STATUSES),
  fee_minor: minor.optional().describe('the fee as agreed, minor units of the campaign currency (keeps the current fee when absent)'),
}).strict();
export type SetDealInput = z.infer<typeof setDealSchema>;

export const campaignDetailSchema = campaignSchema.extend({ creators: z.array(enrollmentSchema) });
export const linkSchema = z.object({ enrollment_id: z.number(), key: z.string(), path: z.string().describe('the tracked link: GET /r/{key}'), destination_url: z.string() });
export const codeSchema = z.object({ enrollment_id: z.number(), code: z.string() });

const n = z.number().nullable();
const figuresSchema = z.object({
  clicks: z.number().int(),
  orders: z.object({
    attributed: z.number().int(), first: z.number().int(), repeat: z.number().int(),
    new_customers: z.number().int(), returning_customers: z.number().int(), cancelled: z.number().int(),
  }),
  revenue: z.object({ gross_minor: z.number(), refunds_minor: z.number(), net_minor: z.number() }),
  spend: z.object({ fee_minor: z.number(), gifted_minor: z.number(), shipping_minor: z.number(), other_minor: z.number(), commission_minor: z.number(), total_minor: z.number() }),
  cogs_minor: n, payment_fees_minor: z.number(), impressions: n, engagements: n,
  roas: n.describe('net revenue / spend; null (n/a) when spend is 0'),
  cm_roas: n.describe('(net revenue − cost of goods − payment fees) / spend'),
  cpa_minor: n.describe('spend / attributed orders'), cpm_minor: n.describe('spend / impressions × 1000'), cpe_minor: n.describe('spend / engagements'),
  conversion_rate: n.describe('attributed orders × 100 / clicks'),
  by_rule: z.object({ known_customer: z.number().int(), discount_code: z.number().int(), click: z.number().int() }),
  flags: z.object({ self_referral: z.number().int(), coupon_site: z.number().int() }).describe('orders flagged: self-referral, from a coupon site'),
});
const tierRowSchema = z.object({ creators: z.number().int(), spend_minor: z.number(), net_revenue_minor: z.number(), orders: z.number().int(), roas: n, cm_roas: n, cpa_minor: n });

export const campaignReportSchema = z.object({
  campaign: z.object({ id: z.number(), name: z.string(), starts_on: z.string().nullable(), ends_on: z.string().nullable(), window_days: z.number(), model: z.string(), currency: z.string() }),
  currency: z.string().describe('the reporting (workspace) currency of every amount'),
  creators: z.array(figuresSchema.extend({
    enrollment_id: z.number(),
    creator: z.object({ id: z.number(), name: z.string().nullable(), platform: z.string(), handle: z.string(), followers: n, tier: z.string().nullable() }),
    commission_bps: z.number(),
    deal_status: z.enum(DEAL_STATUSES),
    code_leak: z.object({
      suspected: z.boolean(), reason: z.string().nullable(),
      evidence: z.object({
        redemptions: z.number().int(), coupon_site_redemptions: z.number().int(), clicks: z.number().int(),
        campaign_conversion_rate: n, explained_by_clicks: z.number(), coupon_site_share: n,
      }),
    }).describe('a property of the creator\'s code: redemptions far above what her clicks explain, or from coupon sites'),
  })),
  total: figuresSchema,
  tiers: z.object({
    by_tier: z.array(tierRowSchema.extend({ tier: z.string() })),
    micro_vs_larger: z.object({ micro: tierRowSchema, larger: tierRowSchema }),
  }),
  notes: z.record(z.string(), z.string()),
});

export type CampaignBody = z.infer<typeof campaignSchema>;
export type CampaignDetailBody = z.infer<typeof campaignDetailSchema>;
export type EnrollmentBody = z.infer<typeof enrollmentSchema>;
export type CampaignReportBody = z.infer<typeof campaignReportSchema>;
