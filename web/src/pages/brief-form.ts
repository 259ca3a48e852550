// The brief as form state (strings as typed) and its conversion to the API's brief.
import type { BriefBody } from '../lib/api.ts';
import { AGE_BANDS, DEFAULT_WEIGHTS, FIT_COMPONENTS as COMPONENTS } from '../../../src/core/discovery/brief-vocabulary.ts';
import { TIER_NAMES as TIERS } from '../../../src/core/creators/tiers.ts';
import { toMinor } from '../lib/format.ts';

// The vocabulary and default weights are the server's own (one source of truth), never re-declared here.
export { AGE_BANDS, COMPONENTS, TIERS };
/** The form offers the two genders a brand targets; "unknown" stays an answer-side category. */
export const GENDERS = ['female', 'male'] as const;

export interface BriefForm {
  keywords: string;
  hashtags: string;
  size: 'range' | 'tiers';
  minFollowers: string;
  maxFollowers: string;
  tiers: string[];
  genders: string[];
  ageBands: string[];
  countries: string;
  minMatch: string;
  minAuthenticity: string;
  maxSponsoredPct: string;
  minEngagementPercentile: string;
  minReplyPct: string;
  hasEmail: boolean;
  budget: string;
  budgetCurrency: string;
  weights: Record<(typeof COMPONENTS)[number], number>;
  limit: string;
}

export const emptyBrief = (currency: string): BriefForm => ({
  keywords: '', hashtags: '', size: 'tiers', minFollowers: '', maxFollowers: '', tiers: ['micro'], genders: [], ageBands: [], countries: '',
  minMatch: '', minAuthenticity: '', maxSponsoredPct: '', minEngagementPercentile: '', minReplyPct: '', hasEmail: false,
  budget: '', budgetCurrency: currency, weights: { ...DEFAULT_WEIGHTS }, limit: '100',
});

/** The demo story's brief (PRODUCT.md): anklets and barefoot sandals, 25–35k, women 18–34 in GB/US. */
export const demoBrief = (): BriefForm => ({
  ...emptyBrief('GBP'),
  keywords: 'anklet, barefoot sandals, foot model', hashtags: 'anklets', size: 'range', minFollowers: '25000', maxFollowers: '35000', tiers: [],
  genders: ['female'], ageBands: ['18-24', '25-34'], countries: 'GB, US', minAuthenticity: '60', maxSponsoredPct: '30', budget: '400', budgetCurrency: 'GBP',
});

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);
const num = (text: string) => (text.trim() === '' ? undefined : Number(text));

export function toBrief(f: BriefForm): BriefBody {
  const keywords = list(f.keywords);
  const hashtags = list(f.hashtags);
  const countries = list(f.countries).map((c) => c.toUpperCase());
  const budget = f.budget.trim() === '' ? null : toMinor(f.budget, f.budgetCurrency);
  const brief: BriefBody = {
    weights: { ...f.weights },
    limit: Number(f.limit) || 100,
  };
  if (keywords.length || hashtags.length) brief.niche = { keywords, hashtags };
  if (f.size === 'range' && (f.minFollowers || f.maxFollowers)) brief.followers = { min: num(f.minFollowers), max: num(f.maxFollowers) };
  if (f.size === 'tiers' && f.tiers.length) brief.tiers = f.tiers as BriefBody['tiers'];
  if (f.genders.length || f.ageBands.length || countries.length || f.minMatch) {
    brief.audience = {
      ...(f.genders.length ? { genders: f.genders as ('female' | 'male')[] } : {}),
      ...(f.ageBands.length ? { age_bands: f.ageBands as (typeof AGE_BANDS)[number][] } : {}),
      ...(countries.length ? { countries } : {}),
      ...(f.minMatch ? { min_match: Number(f.minMatch) / 100 } : {}),
    };
  }
  if (f.minAuthenticity) brief.min_authenticity = Number(f.minAuthenticity);
  if (f.maxSponsoredPct) brief.max_sponsored_share = Number(f.maxSponsoredPct) / 100;
  if (f.minEngagementPercentile) brief.min_engagement_percentile = Number(f.minEngagementPercentile);
  if (f.minReplyPct) brief.min_reply_rate = Number(f.minReplyPct) / 100;
  if (f.hasEmail) brief.has_email = true;
  if (budget !== null && budget > 0) brief.budget_per_post = { amount: budget, currency: f.budgetCurrency };
  return brief;
}
