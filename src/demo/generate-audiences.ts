// Audience distributions of an account: age band × gender, country and city, skewed by the niche
// and the creator's country. A connected account's come from "insights" (verified, sample =
// followers, with counts); the others are estimates from a few hundred engagers.
// Written for speed (a million creators each get one): plain arrays, keys built once.
import { AGE_BANDS } from './niches.ts';
import type { AccountPlan, CreatorPlan } from './plan-creator.ts';
import type { Random } from './random.ts';
import { AUDIENCE_NEIGHBOURS, PLACES } from './vocabulary/places.ts';

export interface DemoAudience {
  dimension: 'age_gender' | 'country' | 'city';
  source: 'verified' | 'estimated';
  origin: 'demo:insights' | 'demo:estimate';
  sampleSize: number;
  keys: string[];
  /** Shares with 4 decimals, summing to 1; counts (of the sample) only when verified. */
  shares: number[];
  counts: (number | null)[];
}

// Big markets every audience spills into a little, whatever its language.
const GLOBAL = ['US', 'GB', 'DE', 'BR', 'IN', 'FR', 'ES', 'IT', 'CA', 'AU', 'MX', 'NL'];
const CITY_ABROAD = ['GB', 'US', 'DE', 'ES', 'FR', 'BR', 'AU', 'IN'];
const GENDERS = ['female', 'male', 'unknown'] as const;
const AGE_GENDER_KEYS = AGE_BANDS.flatMap((band) => GENDERS.map((g) => `${band}:${g}`));

export function generateAudiences(
  rng: Random,
  plan: CreatorPlan,
  account: AccountPlan,
  options: { cities: boolean; minShare?: number },
): DemoAudience[] {
  const verified = account.connected;
  const sampleSize = verified ? account.followers : rng.int(200, 800);
  const minShare = options.minShare ?? 0;
  const make = (dimension: DemoAudience['dimension'], keys: string[], weights: number[]): DemoAudience => {
    const { k, shares } = toShares(keys, weights, minShare);
    return {
      dimension,
      sampleSize,
      keys: k,
      shares,
      source: verified ? 'verified' : 'estimated',
      origin: verified ? 'demo:insights' : 'demo:estimate',
      counts: shares.map((s) => (verified ? Math.round(s * sampleSize) : null)),
    };
  };
  const out = [make('age_gender', AGE_GENDER_KEYS, ageGender(rng, plan))];
  const c = countries(rng, plan);
  out.push(make('country', c.keys, c.weights));
  if (options.cities) {
    const y = cities(rng, plan);
    out.push(make('city', y.keys, y.weights));
  }
  return out;
}

function ageGender(rng: Random, plan: CreatorPlan): number[] {
  const { ages, female } = plan.niche.audience;
  // A man's audience leans a little more male than his niche's.
  const f = Math.min(0.97, Math.max(0.05, female + rng.normal(0, 0.07) - (plan.female ? 0 : 0.1)));
  const unknown = rng.range(0.01, 0.04);
  const weights: number[] = [];
  for (let i = 0; i < ages.length; i++) {
    const w = ages[i]! * rng.lognormal(1, 0.25);
    weights.push(w * f * (1 - unknown), w * (1 - f) * (1 - unknown), w * unknown);
  }
  return weights;
}

function countries(rng: Random, plan: CreatorPlan): { keys: string[]; weights: number[] } {
  const home = Math.min(0.85, Math.max(0.2, plan.niche.audience.home + rng.normal(0, 0.1)));
  const keys = [plan.country];
  const weights = [home];
  const others: string[] = [];
  const neighbours = AUDIENCE_NEIGHBOURS[plan.language];
  for (const c of rng.sample(neighbours, rng.int(3, 5))) if (c !== plan.country) others.push(c);
  for (const c of rng.sample(GLOBAL, rng.int(2, 4))) if (c !== plan.country && !others.includes(c)) others.push(c);
  const raw = others.map((_, i) => (i < 3 ? 2 : 1) * rng.lognormal(1, 0.6));
  const total = raw.reduce((a, b) => a + b, 0);
  for (let i = 0; i < others.length; i++) {
    keys.push(others[i]!);
    weights.push(((1 - home) * raw[i]!) / total);
  }
  return { keys, weights };
}

function cities(rng: Random, plan: CreatorPlan): { keys: string[]; weights: number[] } {
  const home = PLACES[plan.country]!.cities;
  const n = Math.min(home.length, rng.int(4, 6));
  const keys: string[] = [];
  const weights: number[] = [];
  for (let i = 0; i < n; i++) {
    keys.push(home[i]!);
    weights.push(rng.lognormal(1, 0.3) / (i + 1) ** 0.9);
  }
  // A couple of big cities abroad, as follower_demographics shows.
  for (const c of rng.sample(CITY_ABROAD, rng.int(1, 3))) {
    if (c === plan.country) continue;
    keys.push(PLACES[c]!.cities[0]!);
    weights.push(rng.lognormal(0.15, 0.4));
  }
  return { keys, weights };
}

/**
 * Rounds weights to shares with 4 decimals that sum to exactly 1 (the largest bucket absorbs the
 * rounding), dropping buckets under `minShare` or that round to zero.
 */
function toShares(keys: string[], weights: number[], minShare: number): { k: string[]; shares: number[] } {
  let total = 0;
  for (const w of weights) total += w;
  let kept = 0;
  if (minShare > 0) {
    for (const w of weights) if (w / total >= minShare) kept += w;
  } else kept = total;
  const k: string[] = [];
  const units: number[] = [];
  let sum = 0;
  let largest = 0;
  for (let i = 0; i < keys.length; i++) {
    const w = weights[i]!;
    if (minShare > 0 && w / total < minShare) continue;
    const u = Math.round((w / kept) * 10_000);
    if (u <= 0) continue;
    if (u > (units[largest] ?? 0)) largest = units.length;
    k.push(keys[i]!);
    units.push(u);
    sum += u;
  }
  units[largest]! += 10_000 - sum;
  return { k, shares: units.map((u) => u / 10_000) };
}
