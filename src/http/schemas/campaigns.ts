// Request and response schemas of the campaigns API, exported for reuse (CLI, a later OpenAPI generator).
import { z } from 'zod';

export { createCampaignSchema, enrollCreatorSchema, setDealSchema } from '../../core/campaigns/campaign-input.ts';
export type { CreateCampaignInput, EnrollCreatorInput, SetDealInput } from '../../core/campaigns/campaign-input.ts';
import { DEAL_STATUSES } from '../../core/shared/deal-status.ts';
import { contentSummarySchema, deliverableStatusSchema } from './content.ts';

export const campaignIdParam = z.object({ id: z.coerce.number().int().positive() });

export const campaignSchema = z.object({
  id: z.number(),
  name: z.string(),
  brief: z.string().nullable(),
  starts_on: z.string().nullable(),
  ends_on: z.string().nullable(),
  currency: z.string(),
  window_days: z.number(),
  model: z.enum(['last_click', 'first_click']),
  destination_url: z.string(),
  utm: z.object({ source: z.string(), medium: z.string(), campaign: z.string() }),
  cogs_bps: z.number().nullable(),
  payment_fee_bps: z.number().nullable(),
  payment_fee_fixed_minor: z.number().nullable(),
  hold_days: z.number().describe('days after an order before its commission becomes payable'),
  created_at: z.string(),
});

/** Where the code stands in the connected store, with the store's own words when it failed. */
export const codeSyncSchema = z.object({
  status: z.enum(['not_synced', 'pending', 'synced', 'failed', 'deactivated']),
  error: z.string().nullable(),
});

export const enrollmentSchema = z.object({
  id: z.number(),
  campaign_id: z.number(),
  creator_id: z.number(),
  creator_name: z.string().nullable(),
  account: z.object({
    id: z.number(),
    platform: z.string(),
    handle: z.string(),
    followers: z.number().nullable(),
    tier: z.string().nullable(),
  }),
  costs: z.object({
    currency: z.string(),
    fee_minor: z.number(),
    gifted_minor: z.number(),
    shipping_minor: z.number(),
    other_cost_minor: z.number(),
    commission_bps: z.number(),
  }),
  deliverables: z.array(z.string()),
  impressions: z.number().nullable(),
  engagements: z.number().nullable(),
  link: z.object({ key: z.string(), path: z.string(), destination_url: z.string() }).nullable(),
  code: z.string().nullable(),
  code_sync: codeSyncSchema.nullable(),
  deal: z
    .object({ status: z.enum(DEAL_STATUSES), changed_at: z.string().nullable(), fee_is_spend: z.boolean() })
    .describe('proposed → agreed → delivered → paid, or declined; the fee is spend from agreed on'),
});

export const campaignDetailSchema = campaignSchema.extend({ creators: z.array(enrollmentSchema) });
export const linkSchema = z.object({
  enrollment_id: z.number(),
  key: z.string(),
  path: z.string().describe('the tracked link: GET /r/{key}'),
  destination_url: z.string(),
});
export const codeSchema = z.object({ enrollment_id: z.number(), code: z.string(), sync: codeSyncSchema });

const n = z.number().nullable();
const figuresSchema = z.object({
  clicks: z.number().int(),
  orders: z.object({
    attributed: z.number().int(),
    first: z.number().int(),
    repeat: z.number().int(),
    new_customers: z.number().int(),
    returning_customers: z.number().int(),
    cancelled: z.number().int(),
  }),
  revenue: z.object({ gross_minor: z.number(), refunds_minor: z.number(), net_minor: z.number() }),
  spend: z.object({
    fee_minor: z.number(),
    gifted_minor: z.number(),
    shipping_minor: z.number(),
    other_minor: z.number(),
    commission_minor: z.number(),
    total_minor: z.number(),
    unknown_gift_costs: z
      .number()
      .int()
      .describe(
        'gift orders whose product cost or shipping the store does not give: left out of spend, shown as unknown',
      ),
  }),
  cogs_minor: n,
  payment_fees_minor: z.number(),
  impressions: n,
  engagements: n,
  roas: n.describe('net revenue / spend; null (n/a) when spend is 0'),
  cm_roas: n.describe('(net revenue − cost of goods − payment fees) / spend'),
  cpa_minor: n.describe('spend / attributed orders'),
  cpm_minor: n.describe('spend / impressions × 1000'),
  cpe_minor: n.describe('spend / engagements'),
  conversion_rate: n.describe('attributed orders × 100 / clicks'),
  by_rule: z.object({ known_customer: z.number().int(), discount_code: z.number().int(), click: z.number().int() }),
  flags: z
    .object({ self_referral: z.number().int(), coupon_site: z.number().int() })
    .describe('orders flagged: self-referral, from a coupon site'),
});
const tierRowSchema = z.object({
  creators: z.number().int(),
  spend_minor: z.number(),
  net_revenue_minor: z.number(),
  orders: z.number().int(),
  roas: n,
  cm_roas: n,
  cpa_minor: n,
});

export const campaignReportSchema = z.object({
  campaign: z.object({
    id: z.number(),
    name: z.string(),
    starts_on: z.string().nullable(),
    ends_on: z.string().nullable(),
    window_days: z.number(),
    model: z.string(),
    currency: z.string(),
  }),
  currency: z.string().describe('the reporting (workspace) currency of every amount'),
  creators: z.array(
    figuresSchema.extend({
      enrollment_id: z.number(),
      creator: z.object({
        id: z.number(),
        name: z.string().nullable(),
        platform: z.string(),
        handle: z.string(),
        followers: n,
        tier: z.string().nullable(),
      }),
      commission_bps: z.number(),
      deal_status: z.enum(DEAL_STATUSES),
      deliverables: z
        .array(deliverableStatusSchema)
        .describe('every deliverable of her deal with its state and each matched post checked against its rules'),
      code_leak: z
        .object({
          suspected: z.boolean(),
          reason: z.string().nullable(),
          evidence: z.object({
            redemptions: z.number().int(),
            coupon_site_redemptions: z.number().int(),
            clicks: z.number().int(),
            campaign_conversion_rate: n,
            explained_by_clicks: z.number(),
            coupon_site_share: n,
          }),
        })
        .describe(
          "a property of the creator's code: redemptions far above what her clicks explain, or from coupon sites",
        ),
    }),
  ),
  total: figuresSchema,
  tiers: z.object({
    by_tier: z.array(tierRowSchema.extend({ tier: z.string() })),
    micro_vs_larger: z.object({ micro: tierRowSchema, larger: tierRowSchema }),
  }),
  content: contentSummarySchema.describe('deliverables due, late, posted and failing; the gifted-but-not-posted rate'),
  notes: z.record(z.string(), z.string()),
});

export type CampaignBody = z.infer<typeof campaignSchema>;
export type CampaignDetailBody = z.infer<typeof campaignDetailSchema>;
export type EnrollmentBody = z.infer<typeof enrollmentSchema>;
export type CampaignReportBody = z.infer<typeof campaignReportSchema>;

/** GET /api/v1/campaigns/{id}/code-leaks: each creator's code, its store state, the leak rule's verdict and evidence. */
export const codeLeakSchema = z.object({
  enrollment_id: z.number(),
  creator: z.object({ platform: z.string(), handle: z.string() }),
  code: z.string().nullable(),
  code_sync: codeSyncSchema.nullable(),
  suspected: z.boolean(),
  reason: z.string().nullable(),
  evidence: z.object({
    redemptions: z.number().int(),
    coupon_site_redemptions: z.number().int(),
    clicks: z.number().int(),
    campaign_conversion_rate: z.number().nullable(),
    explained_by_clicks: z.number(),
    coupon_site_share: z.number().nullable(),
    coupon_site_orders: z
      .array(
        z.object({
          order_id: z.number(),
          name: z.string().nullable(),
          placed_at: z.string(),
          site: z.string(),
          via: z.enum(['referrer', 'landing_url']),
          referrer: z.string().nullable(),
          landing_url: z.string().nullable(),
        }),
      )
      .describe('the code orders that came from coupon sites, newest first (at most 50)'),
  }),
});
export const codeLeaksSchema = z.object({ items: z.array(codeLeakSchema), rule: z.string() });

/** POST /api/v1/campaigns/{id}/code-leaks/replace: give a creator a new code; the old one is disabled in the store. */
export const replaceCodeSchema = z
  .object({
    enrollment_id: z.number().int().positive(),
    code: z.string().trim().min(2).max(64).describe('the new code (a repeat with the same code changes nothing)'),
  })
  .strict();
export const replaceCodeResultSchema = z.object({
  enrollment_id: z.number(),
  old_code: z.object({ code: z.string(), status: z.string(), error: z.string().nullable() }),
  new_code: z.object({ code: z.string(), sync: codeSyncSchema }),
});
export type CodeLeaksBody = z.infer<typeof codeLeaksSchema>;
export type ReplaceCodeResultBody = z.infer<typeof replaceCodeResultSchema>;
