// The brand brief (one schema for the CLI, the API and the UI). Unknown fields are refused, and
// impossible combinations (min above max, tiers and a follower range together) are named.
import { z } from 'zod';
import { PLATFORMS } from '../creators/creator-record.ts';
import { TIER_NAMES } from '../creators/tiers.ts';
import { parseCountry, parseFollowerCount, parseFollowerRange, parseMoney, type Parsed } from './brief-input.ts';
import { AGE_BANDS, DEFAULT_WEIGHTS, FIT_COMPONENTS, GENDERS, type FitComponent } from '../shared/domain-constants.ts';

export { AGE_BANDS, DEFAULT_WEIGHTS, FIT_COMPONENTS, GENDERS, type FitComponent };

/** Refines a typed value with a brief-input parser, naming the reason on failure. */
const typed =
  <T>(parse: (text: string) => Parsed<T>) =>
  (text: string, ctx: z.RefinementCtx): T => {
    const read = parse(text);
    if (!read.ok) ctx.addIssue({ code: 'custom', message: read.reason });
    return read.ok ? read.value : (z.NEVER as T);
  };
const country = z
  .string()
  .max(60)
  .transform(typed(parseCountry))
  .describe('a country name or ISO code: "United Kingdom", "UK", "GB"');
/** A string typed by a person is read by its parser first; anything else goes to the schema as given. */
const orTyped =
  <T>(parse: (text: string) => Parsed<T>) =>
  (value: unknown, ctx: z.RefinementCtx) => {
    if (typeof value !== 'string') return value;
    const read = parse(value.slice(0, 61));
    if (!read.ok) ctx.addIssue({ code: 'custom', message: read.reason, input: value });
    return read.ok ? read.value : undefined;
  };
const count = z.preprocess(orTyped(parseFollowerCount), z.number().min(0).max(10_000_000_000));
const followerRange = z
  .preprocess(orTyped(parseFollowerRange), z.object({ min: count.optional(), max: count.optional() }).strict())
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { message: 'min must not exceed max' })
  .describe('{ min, max } (numbers or "25k"), or a range as typed: "25-35k", "10k+", "up to 50k"');
const budget = z
  .preprocess(
    orTyped((t) => parseMoney(t)),
    z
      .object({
        amount: z.number().int().positive(),
        currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. GBP'),
      })
      .strict(),
  )
  .describe('{ amount (minor units), currency }, or as typed: "£400", "$1,200", "400 EUR"');
const range = (min: number, max: number) =>
  z
    .object({ min: z.number().min(min).max(max).optional(), max: z.number().min(min).max(max).optional() })
    .strict()
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
      message: 'min must not exceed max',
    });
const accountRef = z.string().regex(/^(instagram|tiktok|youtube):.+$/, 'platform:handle, e.g. instagram:ana.feet');

export const briefSchema = z
  .object({
    workspace: z.string().min(1).max(63).optional(),
    platforms: z.array(z.enum(PLATFORMS)).min(1).optional(),
    niche: z
      .object({
        keywords: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
        hashtags: z
          .array(
            z
              .string()
              .trim()
              .min(1)
              .max(80)
              .transform((h) => h.replace(/^#/, '')),
          )
          .max(50)
          .default([]),
        categories: z.array(z.string().trim().min(1)).max(20).default([]),
      })
      .strict()
      .optional(),
    followers: followerRange.optional(),
    tiers: z.array(z.enum(TIER_NAMES)).min(1).optional(),
    audience: z
      .object({
        genders: z.array(z.enum(GENDERS)).min(1).optional(),
        age_bands: z.array(z.enum(AGE_BANDS)).min(1).optional(),
        countries: z
          .array(country)
          .min(1)
          .transform((c) => [...new Set(c)])
          .optional(),
        min_match: z.number().min(0).max(1).optional(),
        /** Set: the countries are a hard filter (at least this share of the audience in them). Unset: a soft weight. */
        min_country_share: z.number().min(0).max(1).optional(),
      })
      .strict()
      .refine((a) => a.min_country_share === undefined || a.countries !== undefined, {
        message: 'min_country_share needs audience countries',
        path: ['min_country_share'],
      })
      .optional(),
    creator_countries: z
      .array(country)
      .min(1)
      .transform((c) => [...new Set(c)])
      .optional(),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code, e.g. en'))
      .min(1)
      .optional(),
    min_authenticity: z.number().min(0).max(100).optional(),
    /** Let accounts whose score is insufficient data pass the min_* score filters (default: they are excluded). */
    include_insufficient_data: z.boolean().optional(),
    max_sponsored_share: z.number().min(0).max(1).optional(),
    exclude_brands: z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .transform((b) => b.replace(/^@/, '').toLowerCase()),
      )
      .optional(),
    min_engagement_percentile: z.number().min(0).max(100).optional(),
    min_reply_rate: z.number().min(0).max(1).optional(),
    growth_30d: range(-1, 100).optional(),
    has_email: z.boolean().optional(),
    /** Synthetic demo creators are candidates only when asked (default: only in the demo workspace). */
    include_demo: z.boolean().optional(),
    last_posted_within_days: z.number().int().min(1).max(3650).optional(),
    exclude_pipeline: z.boolean().default(false),
    exclude: z.array(accountRef).default([]),
    like: z.array(accountRef).max(20).default([]),
    /** Money in minor units (40000 GBP = £400.00), like every amount in microreach, or "£400" as typed. */
    budget_per_post: budget.optional(),
    weights: z
      .object(
        Object.fromEntries(FIT_COMPONENTS.map((c) => [c, z.number().min(0).max(100).optional()])) as Record<
          FitComponent,
          z.ZodOptional<z.ZodNumber>
        >,
      )
      .strict()
      .default({}),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict()
  .refine((b) => !(b.followers && b.tiers), {
    message: 'give either a follower range or tiers, not both',
    path: ['tiers'],
  })
  .refine((b) => FIT_COMPONENTS.some((c) => (b.weights[c] ?? DEFAULT_WEIGHTS[c]) > 0), {
    message: 'at least one weight must be above 0',
    path: ['weights'],
  });

export type Brief = z.infer<typeof briefSchema>;
export type BriefInput = z.input<typeof briefSchema>;
