// Request and response schemas of POST /api/v1/discover and /api/v1/lookalikes.
import { z } from 'zod';
import { PLATFORMS } from '../../core/creators/creator-record.ts';
import { briefSchema, FIT_COMPONENTS } from '../../core/discovery/brief.ts';
import { priceRangeSchema } from './creators.ts';

export { briefSchema };

/** A lookalike search: the seeds are required; every other brief field narrows or re-weights it. */
export const lookalikeSchema = briefSchema.safeExtend({
  like: z
    .array(z.string().regex(/^(instagram|tiktok|youtube):.+$/, 'platform:handle, e.g. instagram:ana.feet'))
    .min(1)
    .max(20)
    .describe('the creators to find more like (platform:handle)'),
});

const n = z.number().nullable();
const source = z.enum(['default', 'brand_history']);
const weights = z.object(
  Object.fromEntries(FIT_COMPONENTS.map((c) => [c, z.number()])) as Record<
    (typeof FIT_COMPONENTS)[number],
    z.ZodNumber
  >,
);

const discoverResultSchema = z.object({
  account_id: z.number(),
  creator_id: z.number(),
  platform: z.enum(PLATFORMS),
  handle: z.string(),
  display_name: z.string().nullable(),
  followers: n,
  tier: z.string().nullable(),
  country: z.string().nullable(),
  is_demo: z.boolean().describe('synthetic demo data, not a real person'),
  fit: z.object({
    score: z.number().describe('0–100: weighted mean of the components'),
    components: z.object(
      Object.fromEntries(
        FIT_COMPONENTS.map((c) => [c, z.object({ value: z.number().describe('0–1'), weight: z.number() })]),
      ) as Record<(typeof FIT_COMPONENTS)[number], z.ZodObject<{ value: z.ZodNumber; weight: z.ZodNumber }>>,
    ),
    audience_match: z
      .object({ value: n, age_gender: n, country: n, source: z.enum(['verified', 'estimated']).nullable() })
      .nullable()
      .describe("share of the audience inside the brief's segment; null when the brief has no audience"),
  }),
  authenticity: z
    .object({
      score: n.describe('creator audience score 0–100; null when unknown'),
      level: z.enum(['ok', 'watch', 'suspicious']).nullable(),
    })
    .describe('the level comes from the same thresholds as the vetting report; an unknown score has no level'),
  price: z.object({
    currency: z.string(),
    deliverables: z.array(priceRangeSchema),
    calibration: z
      .object({ factor: z.number(), deals: z.number(), note: z.string() })
      .describe("the brand's closed deals recalibrate the formula once there are 5"),
    suggested_fee: z
      .number()
      .int()
      .describe('mid fair price of the main deliverable, minor units: what "add to campaign" pre-fills'),
    expected_roas: z.object({
      deliverable: z.string().describe('the main deliverable, priced at the mid of its fair range'),
      low: n,
      high: n,
      inputs: z.object({
        expected_views: z.number(),
        price: z.number(),
        click_through: z.object({ low: z.number(), high: z.number() }),
        conversion: z.object({ low: z.number(), high: z.number() }),
        average_order_value: z.number(),
        sources: z
          .object({ click_through: source, conversion: source, average_order_value: source })
          .describe("where each funnel input comes from: a public default or the brand's own orders and clicks"),
        assumptions: z
          .array(z.enum(['click_through', 'conversion', 'average_order_value']))
          .describe('the inputs that are public defaults'),
      }),
    }),
  }),
  explanation: z.string(),
});

export const discoverResponseSchema = z.object({
  results: z.array(discoverResultSchema),
  took_ms: z.number(),
  total_matched: z.number().int().describe('creators passing every filter (results holds the top `limit`)'),
  weights,
  default_weights: weights.describe('the weights a brief gets for components it does not set'),
  formulas: z
    .object({ fit_score: z.string(), fair_price: z.string(), expected_roas: z.string() })
    .describe('the formulas behind the numbers'),
  currency: z.string(),
  include_demo: z
    .boolean()
    .describe(
      'whether synthetic demo creators were candidates (brief include_demo; default: only in the demo workspace)',
    ),
  audience_countries: z
    .object({
      countries: z.array(z.string()).describe('ISO codes, as read from what was typed'),
      mode: z
        .enum(['filter', 'weight'])
        .describe('filter: creators below min_share are left out; weight: the share only feeds the audience match'),
      min_share: n,
    })
    .nullable()
    .describe("how the brief's audience countries were used; null when it names none"),
});

export type DiscoverResponse = z.infer<typeof discoverResponseSchema>;
export type DiscoverResult = z.infer<typeof discoverResultSchema>;
export type BriefBody = z.input<typeof briefSchema>;
