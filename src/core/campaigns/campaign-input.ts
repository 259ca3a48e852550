// What a brand gives to create a campaign and to enroll a creator: validated the same way by the API,
// the CLI and the demo seeding, so a service receives parsed, defaulted input whoever calls it.
import { z } from 'zod';
import { PLATFORMS } from '../creators/creator-record.ts';
import { DEAL_STATUSES } from '../shared/deal-status.ts';

const currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "GBP"');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const minor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const bps = z.number().int().min(0).max(10_000);
const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' });

export const createCampaignSchema = z
  .object({
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
    /** Days after an order before its commission becomes payable (PRODUCT.md "Payments"). */
    hold_days: z.number().int().min(0).max(365).default(30),
  })
  .strict()
  .refine((c) => !c.starts_on || !c.ends_on || c.starts_on <= c.ends_on, {
    path: ['ends_on'],
    message: 'ends before it starts',
  });

export type CreateCampaignInput = z.infer<typeof createCampaignSchema>;

export const creatorRefSchema = z
  .string()
  .trim()
  .regex(new RegExp(`^(${PLATFORMS.join('|')}):.+$`), 'platform:handle, e.g. "instagram:ana.anklets"');

export const enrollCreatorSchema = z
  .object({
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
    code_percent_off: z
      .number()
      .gt(0)
      .max(100)
      .multipleOf(0.01)
      .nullish()
      .describe('what the code gives, as created in the store: a percentage off (20 = 20 %)…'),
    code_amount_off_minor: minor
      .positive()
      .nullish()
      .describe('…or a fixed amount off the order, minor units of the campaign currency'),
    code_usage_limit: z
      .number()
      .int()
      .min(1)
      .max(99_999_999)
      .nullish()
      .describe('total redemptions allowed; none = no limit'),
    code_once_per_customer: z.boolean().default(true),
    deal_status: z
      .enum(DEAL_STATUSES)
      .default('proposed')
      .describe('a fee is spend once the deal is agreed (default: proposed)'),
    link_destination: httpUrl.nullish(),
    link_key: z
      .string()
      .regex(/^[A-Za-z0-9_-]{3,64}$/, '3–64 letters, digits, "-" or "_"')
      .nullish(),
    /** The creator's own email and shipping address (self-referral check); only hashes are kept. */
    email: z.email().nullish(),
    address: z.object({ address1: z.string().min(1), zip: z.string().min(1), country: z.string().min(2) }).nullish(),
  })
  .strict()
  .refine((e) => e.code_percent_off == null || e.code_amount_off_minor == null, {
    path: ['code_amount_off_minor'],
    message: 'give a percentage or an amount off, not both',
  });

export type EnrollCreatorInput = z.infer<typeof enrollCreatorSchema>;

/** POST /api/v1/campaigns/{id}/deals: move one creator's deal, optionally with the agreed fee. */
export const setDealSchema = z
  .object({
    creator: creatorRefSchema,
    status: z.enum(DEAL_STATUSES),
    fee_minor: minor
      .optional()
      .describe('the fee as agreed, minor units of the campaign currency (keeps the current fee when absent)'),
  })
  .strict();
export type SetDealInput = z.infer<typeof setDealSchema>;
