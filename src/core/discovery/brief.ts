// The brand brief (one schema for the CLI, the API and the UI). Unknown fields are refused, and
// impossible combinations (min above max, tiers and a follower range together) are named.
import { z } from 'zod';
import { PLATFORMS } from '../creators/creator-record.ts';
import { TIER_NAMES } from '../creators/tiers.ts';
import { AGE_BANDS, DEFAULT_WEIGHTS, FIT_COMPONENTS, GENDERS, type FitComponent } from './brief-vocabulary.ts';

export { AGE_BANDS, DEFAULT_WEIGHTS, FIT_COMPONENTS, GENDERS, type FitComponent };

const country = z.string().regex(/^[A-Za-z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. GB').transform((c) => c.toUpperCase());
const range = (min: number, max: number) => z.object({ min: z.number().min(min).max(max).optional(), max: z.number().min(min).max(max).optional() }).strict()
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { message: 'min must not exceed max' });
const accountRef = z.string().regex(/^(instagram|tiktok|youtube):.+$/, 'platform:handle, e.g. instagram:ana.feet');

export const briefSchema = z.object({
  workspace: z.string().min(1).max(63).optional(),
  platforms: z.array(z.enum(PLATFORMS)).min(1).optional(),
  niche: z.object({
    keywords: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
    hashtags: z.array(z.string().trim().min(1).max(80).transform((h) => h.replace(/^#/, ''))).max(50).default([]),
    categories: z.array(z.string().trim().min(1)).max(20).default([]),
  }).strict().optional(),
  followers: range(0, 10_000_000_000).optional(),
  tiers: z.array(z.enum(TIER_NAMES)).min(1).optional(),
  audience: z.object({
    genders: z.array(z.enum(GENDERS)).min(1).optional(),
    age_bands: z.array(z.enum(AGE_BANDS)).min(1).optional(),
    countries: z.array(country).min(1).optional(),
    min_match: z.number().min(0).max(1).optional(),
  }).strict().optional(),
  creator_countries: z.array(country).min(1).optional(),
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code, e.g. en')).min(1).optional(),
  min_authenticity: z.number().min(0).max(100).optional(),
  max_sponsored_share: z.number().min(0).max(1).optional(),
  exclude_brands: z.array(z.string().trim().min(1).transform((b) => b.replace(/^@/, '').toLowerCase())).optional(),
  min_engagement_percentile: z.number().min(0).max(100).optional(),
  min_reply_rate: z.number().min(0).max(1).optional(),
  growth_30d: range(-1, 100).optional(),
  has_email: z.boolean().optional(),
  last_posted_within_days: z.number().int().min(1).max(3650).optional(),
  exclude_pipeline: z.boolean().default(false),
  exclude: z.array(accountRef).default([]),
  like: z.array(accountRef).max(20).default([]),
  /** Money in minor units (40000 GBP = £400.00), like every amount in microreach. */
  budget_per_post: z.object({ amount: z.number().int().positive(), currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. GBP') }).strict().optional(),
  weights: z.object(Object.fromEntries(FIT_COMPONENTS.map((c) => [c, z.number().min(0).max(100).optional()])) as Record<FitComponent, z.ZodOptional<z.ZodNumber>>).strict().default({}),
  limit: z.number().int().min(1).max(500).default(50),
}).strict()
  .refine((b) => !(b.followers && b.tiers), { message: 'give either a follower range or tiers, not both', path: ['tiers'] })
  .refine((b) => FIT_COMPONENTS.some((c) => (b.weights[c] ?? DEFAULT_WEIGHTS[c]) > 0), { message: 'at least one weight must be above 0', path: ['weights'] });

export type Brief = z.infer<typeof briefSchema>;
export type BriefInput = z.input<typeof briefSchema>;
