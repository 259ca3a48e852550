// Request and response schemas of /api/v1/creators (list, detail, vetting report).
import { z } from 'zod';
import { PLATFORMS } from '../../core/creators/creator-record.ts';
import { TIER_NAMES } from '../../core/creators/tiers.ts';
import { pageFields, pageOf } from './common.ts';

const n = z.number().nullable();
const platform = z.enum(PLATFORMS);

export const creatorListQuery = z
  .object({
    platform: z.enum(PLATFORMS).optional(),
    tier: z.enum(TIER_NAMES).optional(),
    q: z.string().trim().min(1).max(200).optional().describe('text in the name, a handle or a bio'),
    scope: z
      .enum(['installation', 'workspace'])
      .default('installation')
      .describe("workspace: only creators in this workspace's pool"),
    include_demo: z
      .enum(['true', 'false'])
      .optional()
      .describe('list synthetic demo creators too (default: only in the demo workspace)'),
    ...pageFields,
  })
  .strict();

export const vettingQuery = z
  .object({
    platform: z.enum(PLATFORMS).optional().describe('which account to vet (default: the one with most followers)'),
    as_of: z.iso
      .datetime({ offset: true })
      .optional()
      .describe('vet as of this instant (ISO 8601; default now), as `microreach vet --as-of` does'),
  })
  .strict();

const accountSchema = z.object({
  id: z.number(),
  platform,
  handle: z.string(),
  external_id: z.string().nullable(),
  display_name: z.string().nullable(),
  followers: n,
  followers_hidden: z.boolean(),
  following: n,
  posts_count: n,
  tier: z.enum(TIER_NAMES).nullable(),
  bio: z.string().nullable(),
  website: z.string().nullable(),
  is_verified: z.boolean().nullable(),
  is_private: z.boolean().nullable(),
  observed_at: z.string().nullable(),
  source: z.string().nullable(),
  fetched_at: z.string().nullable(),
  your_import: z
    .object({
      display_name: z.string().nullable(),
      bio: z.string().nullable(),
      website: z.string().nullable(),
      followers: n,
      following: n,
      posts_count: n,
      tier: z.enum(TIER_NAMES).nullable(),
      reported: z.array(z.object({ metric: z.string(), value: n, text: z.string().nullable() })),
      observed_at: z.string(),
      source: z.string(),
    })
    .nullable()
    .describe(
      "this workspace's own values from its files (never another workspace's); the other fields are the shared layer",
    ),
});

export const creatorSchema = z.object({
  id: z.number(),
  display_name: z.string().nullable(),
  email: z.string().nullable(),
  country: z.string().nullable(),
  language: z.string().nullable(),
  categories: z.array(z.string()),
  is_demo: z.boolean().describe('synthetic demo data, not a real person'),
  your_data: z
    .object({
      display_name: z.string().nullable(),
      email: z.string().nullable(),
      country: z.string().nullable(),
      language: z.string().nullable(),
      categories: z.array(z.string()),
      source: z.string(),
      updated_at: z.string(),
    })
    .nullable()
    .describe('what this workspace imported or typed about the creator; it wins over the shared values above'),
  accounts: z.array(accountSchema),
});

export const creatorPageSchema = pageOf(creatorSchema).extend({
  hidden_demo: z
    .number()
    .int()
    .describe(
      'when nothing matched and demo creators were left out: how many there are (include_demo=true shows them)',
    ),
});

const segmentSchema = z.object({ key: z.string(), share: z.number(), count: n });
export const creatorDetailSchema = creatorSchema.extend({
  demo: z.unknown().nullable().describe('what the demo generator planted (demo creators only)'),
  accounts: z.array(
    accountSchema.extend({
      follower_history: z.array(
        z.object({ observed_at: z.string(), followers: n, following: n, posts_count: n, source: z.string() }),
      ),
      your_follower_history: z
        .array(z.object({ observed_at: z.string(), followers: n, following: n, posts_count: n, source: z.string() }))
        .describe("the dated numbers of this workspace's own files, beside the shared history"),
      reported_metrics: z.array(
        z.object({
          metric: z.string(),
          value: n,
          text: z.string().nullable(),
          observed_at: z.string(),
          source: z.string(),
        }),
      ),
      audiences: z.array(
        z.object({
          dimension: z.string(),
          source: z.string(),
          origin: z.string(),
          sample_size: n,
          as_of: z.string(),
          segments: z.array(segmentSchema),
        }),
      ),
      recent_posts: z.array(
        z.object({
          id: z.number(),
          external_id: z.string(),
          type: z.string(),
          posted_at: z.string(),
          title: z.string().nullable(),
          caption: z.string().nullable(),
          hashtags: z.array(z.string()),
          mentions: z.array(z.string()),
          tagged_brands: z.array(z.string()),
          permalink: z.string().nullable(),
          likes: n,
          comments: n,
          views: n,
          is_paid_partnership: z.boolean().nullable(),
          is_pinned: z.boolean(),
          source: z.string(),
          fetched_at: z.string(),
        }),
      ),
    }),
  ),
});

const band = z.object({ low: z.number(), high: z.number() });
const engagementSchema = z.object({
  formula: z.enum(['er_followers', 'er_median_likes', 'er_views']),
  value: n.describe('a fraction (0.034 = 3.4 %); null when unavailable (see reason)'),
  window_days: n,
  posts_used: z.number().int(),
  confidence: z.enum(['low', 'medium', 'high']).nullable(),
  reason: z.string().optional(),
  tier_percentile: n.describe(
    '0–100 within platform and tier; null with too few accounts (see tier_percentile_reason)',
  ),
  tier_percentile_reason: z.string().optional(),
  tier_median: n,
  tier_accounts: z.number().int(),
});
const spikeSchema = z.object({
  at: z.string(),
  from: z.number(),
  to: z.number(),
  change: z.number().describe('relative jump, 0.25 = +25 %'),
  deviations: z.number(),
  usual_max: z.number(),
  likes_before: n,
  likes_after: n,
  likes_change: n,
  explained: z.boolean(),
  explanation: z.string(),
});
const distributionSchema = z.object({
  dimension: z.enum(['age_gender', 'country', 'city']),
  source: z.enum(['verified', 'estimated']),
  origin: z.string(),
  sample_size: n,
  as_of: z.string(),
  segments: z.array(z.object({ key: z.string(), share: z.number() })),
});
export const priceRangeSchema = z.object({
  deliverable: z.enum(['post', 'reel', 'story', 'video']),
  low: z.number().int().describe('minor units'),
  high: z.number().int().describe('minor units'),
  inputs: z.object({
    expected_views: z.number(),
    views_source: z.enum(['own_views', 'followers_x_reach']),
    cpm_usd: band,
    engagement_factor: z.number(),
    fatigue_factor: z.number(),
    usd_rate: z.number(),
    calibration: z.number(),
  }),
});

export const vettingReportSchema = z.object({
  creator_id: z.number(),
  account_id: z.number(),
  platform,
  handle: z.string(),
  followers: n,
  following: n,
  tier: z.enum(TIER_NAMES).nullable(),
  as_of: z.string(),
  engagement: z.array(engagementSchema),
  reply_rate: z.object({
    value: n,
    median_delay_hours: n,
    threads: z.number().int(),
    replied: z.number().int(),
    posts_considered: z.number().int(),
    reason: z.string().optional(),
    formula: z.string(),
  }),
  sponsored: z.object({
    window_days: z.number(),
    posts: z.number().int(),
    sponsored_posts: z.number().int(),
    share_90d: n,
    sponsored_er: n,
    organic_er: n,
    paid_post_performance: n,
    brands: z.array(z.object({ handle: z.string(), posts: z.number().int() })),
    undisclosed_brand_tags: z.array(z.object({ handle: z.string(), posts: z.number().int() })),
    missing: z
      .array(z.string())
      .optional()
      .describe('why share_90d or paid_post_performance is null (insufficient data)'),
    formulas: z.object({ share_90d: z.string(), paid_post_performance: z.string() }),
  }),
  growth: z.object({
    d30: n,
    d90: n,
    spikes: z.array(spikeSchema),
    history_points: z.number().int(),
    cadence: z.object({
      posts_90d: z.number().int(),
      posts_per_week: z.number(),
      median_days_between_posts: n,
      last_posted_at: z.string().nullable(),
      days_since_last_post: n,
    }),
  }),
  authenticity: z
    .object({
      score: n.describe(
        'null when the data is too thin to score: level insufficient_data, `missing` says what is needed',
      ),
      level: z.enum(['ok', 'watch', 'suspicious', 'insufficient_data']),
      threshold: z.number(),
      missing: z.array(z.string()).describe('what the score still needs (empty when scored)'),
      reasons: z.array(
        z.object({
          code: z.string(),
          value: z.number(),
          band: band.extend({ label: z.string() }),
          message: z.string(),
          penalty: z.number(),
        }),
      ),
      checks: z.array(
        z.object({ signal: z.string(), status: z.enum(['pass', 'fail', 'unavailable']), detail: z.string() }),
      ),
    })
    .describe('an explained heuristic (100 minus named penalties), never a measured fake-follower percentage'),
  audience: z.object({
    source: z.enum(['verified', 'estimated']).nullable(),
    dimensions: z.object({
      age_gender: distributionSchema.optional(),
      country: distributionSchema.optional(),
      city: distributionSchema.optional(),
    }),
  }),
  findings: z.array(
    z.object({ code: z.string(), severity: z.enum(['good', 'info', 'warning', 'problem']), message: z.string() }),
  ),
  series: z
    .object({
      followers: z.array(z.object({ at: z.string(), followers: z.number() })),
      posts: z.array(
        z.object({
          id: z.string(),
          posted_at: z.string(),
          type: z.string(),
          likes: n,
          comments: n,
          views: n,
          followers_at: n,
          er: n.describe('(likes + comments) / followers at post time'),
          sponsored: z.boolean(),
          sponsored_evidence: z.array(z.string()),
          in_er_followers: z.boolean(),
          too_recent: z.boolean(),
        }),
      ),
    })
    .describe('the points of the charts: follower history and engagement per post'),
  other_accounts: z.array(z.object({ account_id: z.number(), platform, handle: z.string() })),
  your_import: z
    .object({ followers: n, observed_at: z.string(), source: z.string() })
    .nullable()
    .describe(
      "the follower number of this workspace's own file, shown beside the shared one; it changes no vetting number",
    ),
  price: z
    .object({
      currency: z.string(),
      deliverables: z.array(priceRangeSchema),
      calibration: z.object({ factor: z.number(), deals: z.number(), note: z.string() }),
      formula: z.string(),
      reason: z.string().optional(),
    })
    .describe('fair price range per deliverable in the workspace currency, with its inputs'),
});

export type CreatorPage = z.infer<typeof creatorPageSchema>;
export type CreatorDetailBody = z.infer<typeof creatorDetailSchema>;
export type VettingReportBody = z.infer<typeof vettingReportSchema>;
export type PriceRangeBody = z.infer<typeof priceRangeSchema>;
