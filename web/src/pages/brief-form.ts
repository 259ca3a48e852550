// The brief as form state (strings as typed) and its conversion to the API's brief.
import type { BriefBody } from '../lib/api.ts';
import { AGE_BANDS, DEFAULT_WEIGHTS, FIT_COMPONENTS as COMPONENTS } from '../../../src/core/shared/domain-constants.ts';
import { TIER_NAMES as TIERS } from '../../../src/core/shared/domain-constants.ts';
import { toMajor } from '../../../src/core/shared/minor-units.ts';
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
  /** "weight": countries feed the audience match; "filter": at least minCountryPct % of the audience in them. */
  countryMode: 'weight' | 'filter';
  minCountryPct: string;
  minMatch: string;
  minAuthenticity: string;
  maxSponsoredPct: string;
  minEngagementPercentile: string;
  minReplyPct: string;
  hasEmail: boolean;
  /** Synthetic demo creators among the candidates (the API's include_demo). */
  includeDemo: boolean;
  budget: string;
  budgetCurrency: string;
  weights: Record<(typeof COMPONENTS)[number], number>;
  limit: string;
}

export const emptyBrief = (currency: string): BriefForm => ({
  keywords: '',
  hashtags: '',
  size: 'tiers',
  minFollowers: '',
  maxFollowers: '',
  tiers: ['micro'],
  genders: [],
  ageBands: [],
  countries: '',
  countryMode: 'weight',
  minCountryPct: '30',
  minMatch: '',
  minAuthenticity: '',
  maxSponsoredPct: '',
  minEngagementPercentile: '',
  minReplyPct: '',
  hasEmail: false,
  includeDemo: false,
  budget: '',
  budgetCurrency: currency,
  weights: { ...DEFAULT_WEIGHTS },
  limit: '100',
});

/** The demo story's brief (PRODUCT.md): anklets and barefoot sandals, 25–35k, women 18–34 in GB/US. */
export const demoBrief = (): BriefForm => ({
  ...emptyBrief('GBP'),
  includeDemo: true,
  keywords: 'anklet, barefoot sandals, foot model',
  hashtags: 'anklets',
  size: 'range',
  minFollowers: '25000',
  maxFollowers: '35000',
  tiers: [],
  genders: ['female'],
  ageBands: ['18-24', '25-34'],
  countries: 'GB, US',
  minAuthenticity: '60',
  maxSponsoredPct: '30',
  budget: '400',
  budgetCurrency: 'GBP',
});

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
// Counts and amounts go to the API as typed ("25k", "£400"): the server reads them (core/discovery/brief-input.ts).
const typed = (text: string) => (text.trim() === '' ? undefined : text.trim());

export function toBrief(f: BriefForm): BriefBody {
  const keywords = list(f.keywords);
  const hashtags = list(f.hashtags);
  const countries = list(f.countries);
  const budget = f.budget.trim() === '' ? null : toMinor(f.budget, f.budgetCurrency);
  const brief: BriefBody = {
    weights: { ...f.weights },
    limit: Number(f.limit) || 100,
  };
  if (keywords.length || hashtags.length) brief.niche = { keywords, hashtags };
  if (f.size === 'range' && (f.minFollowers || f.maxFollowers))
    brief.followers = { min: typed(f.minFollowers), max: typed(f.maxFollowers) };
  if (f.size === 'tiers' && f.tiers.length) brief.tiers = f.tiers as BriefBody['tiers'];
  if (f.genders.length || f.ageBands.length || countries.length || f.minMatch) {
    brief.audience = {
      ...(f.genders.length ? { genders: f.genders as ('female' | 'male')[] } : {}),
      ...(f.ageBands.length ? { age_bands: f.ageBands as (typeof AGE_BANDS)[number][] } : {}),
      ...(countries.length ? { countries } : {}),
      ...(countries.length && f.countryMode === 'filter'
        ? { min_country_share: Number(f.minCountryPct || '0') / 100 }
        : {}),
      ...(f.minMatch ? { min_match: Number(f.minMatch) / 100 } : {}),
    };
  }
  if (f.minAuthenticity) brief.min_authenticity = Number(f.minAuthenticity);
  if (f.maxSponsoredPct) brief.max_sponsored_share = Number(f.maxSponsoredPct) / 100;
  if (f.minEngagementPercentile) brief.min_engagement_percentile = Number(f.minEngagementPercentile);
  if (f.minReplyPct) brief.min_reply_rate = Number(f.minReplyPct) / 100;
  if (f.hasEmail) brief.has_email = true;
  brief.include_demo = f.includeDemo;
  // A plain number is in the chosen currency; "£400" or "400 EUR" says its own.
  if (budget !== null && budget > 0) brief.budget_per_post = { amount: budget, currency: f.budgetCurrency };
  else if (f.budget.trim() !== '') brief.budget_per_post = f.budget.trim();
  return brief;
}

const percent = (x: number | undefined) => (x === undefined ? '' : String(Number((x * 100).toPrecision(12))));
const text = (x: unknown) => (x === undefined || x === null ? '' : String(x));

/**
 * The API brief back into form state (the inverse of toBrief): what the URL and saved briefs carry is
 * the API's own brief, so a link opens the same search in the web app, the API and the CLI.
 */
export function fromBrief(b: BriefBody, currency: string): BriefForm {
  const base = emptyBrief(currency);
  const followers =
    typeof b.followers === 'object' && b.followers !== null ? (b.followers as { min?: unknown; max?: unknown }) : null;
  const budget = b.budget_per_post;
  const audience = b.audience;
  return {
    ...base,
    keywords: (b.niche?.keywords ?? []).join(', '),
    hashtags: (b.niche?.hashtags ?? []).join(', '),
    size: b.tiers ? 'tiers' : 'range',
    tiers: b.tiers ? [...b.tiers] : [],
    minFollowers: typeof b.followers === 'string' ? b.followers : text(followers?.min),
    maxFollowers: text(followers?.max),
    genders: [...(audience?.genders ?? [])],
    ageBands: [...(audience?.age_bands ?? [])],
    countries: (audience?.countries ?? []).join(', '),
    countryMode: audience?.min_country_share === undefined ? 'weight' : 'filter',
    minCountryPct: audience?.min_country_share === undefined ? base.minCountryPct : percent(audience.min_country_share),
    minMatch: percent(audience?.min_match),
    minAuthenticity: text(b.min_authenticity),
    maxSponsoredPct: percent(b.max_sponsored_share),
    minEngagementPercentile: text(b.min_engagement_percentile),
    minReplyPct: percent(b.min_reply_rate),
    hasEmail: b.has_email === true,
    budget:
      typeof budget === 'string'
        ? budget
        : budget && typeof budget === 'object'
          ? String(toMajor((budget as { amount: number }).amount, (budget as { currency: string }).currency))
          : '',
    budgetCurrency: budget && typeof budget === 'object' ? (budget as { currency: string }).currency : currency,
    weights: { ...DEFAULT_WEIGHTS, ...(b.weights ?? {}) } as BriefForm['weights'],
    limit: text(b.limit ?? 100),
  };
}

/** The brief of the page's URL (?brief=<the API brief as JSON>), or null when there is none or it is not JSON. */
export function briefInUrl(search: string): BriefBody | null {
  const raw = new URLSearchParams(search).get('brief');
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as BriefBody) : null;
  } catch {
    return null;
  }
}

export const urlOfBrief = (brief: BriefBody) => `/discover?${new URLSearchParams({ brief: JSON.stringify(brief) })}`;
