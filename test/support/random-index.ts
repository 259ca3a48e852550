// A random index of varied accounts (missing data, both audience sources, niche terms of the
// taxonomy, brands), for tests that compare two ways of answering the same brief.
import { AGE_BANDS, GENDERS } from '../../src/core/discovery/brief.ts';
import { PLATFORMS } from '../../src/core/creators/creator-record.ts';
import { TIER_NAMES, tierOf } from '../../src/core/creators/tiers.ts';
import { NICHE_CATEGORIES, NICHES } from '../../src/core/discovery/niche-taxonomy.ts';
import { textTerms } from '../../src/core/discovery/text/tokenize.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';
import { DiscoveryIndex } from '../../src/search-index/discovery-index.ts';
import type { IndexRow } from '../../src/storage/discovery/index-row.ts';

export const NOW = Date.parse('2026-12-01T00:00:00Z');
const COUNTRIES = ['GB', 'US', 'DE', 'ES', 'FR', 'BR', 'IT'];
const CELLS = AGE_BANDS.flatMap((a) => GENDERS.map((g) => `${a}:${g}`));
export const termIds = new Map<string, number>();
for (const words of Object.values(NICHES))
  for (const w of words.split(' ')) for (const t of textTerms(w)) if (!termIds.has(t)) termIds.set(t, termIds.size + 1);
const TERMS = [...termIds.values()];

export function randomRow(rnd: () => number, accountId: number, revision: number): IndexRow {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const maybe = <T>(value: T, missing = 0.1) => (rnd() < missing ? null : value);
  const followers = Math.round(10 ** (2.5 + rnd() * 4));
  const shares = (keys: string[]) => {
    const raw = keys.map(() => rnd());
    const sum = raw.reduce((a, b) => a + b, 0);
    return keys.map((k, i) => [k, raw[i]! / sum] as [string, number]);
  };
  const distribution = (keys: string[]) =>
    maybe({ source: pick(['verified', 'estimated'] as const), sampleSize: 100, shares: shares(keys) }, 0.15);
  return {
    accountId,
    creatorId: accountId,
    platform: pick(PLATFORMS),
    handle: `a${accountId}`,
    // (Not drawn from rnd: the rows of a seed stay what they were.) Some without a name, some with a line break.
    displayName:
      accountId % 7 === 0 ? null : accountId % 11 === 0 ? `Line\nbreak ${accountId} ✨` : `Creator ${accountId}`,
    followers: maybe(followers, 0.02),
    tier: maybe(pick(TIER_NAMES), 0.05),
    creatorCountry: maybe(pick(COUNTRIES)),
    language: maybe(pick(['en', 'de', 'es'])),
    hasEmail: rnd() < 0.4,
    isDemo: rnd() < 0.5,
    erFollowers: maybe(rnd() * 0.1),
    erPercentile: maybe(Math.round(rnd() * 100)),
    replyRate: maybe(rnd() * 0.6),
    authenticity: maybe(30 + rnd() * 70),
    sponsoredShare: maybe(rnd() * 0.6),
    growth30d: maybe(rnd() * 0.2 - 0.05),
    lastPostedAt: maybe(new Date(NOW - rnd() * 90 * 86_400_000).toISOString()),
    expectedViews: maybe(followers * rnd()),
    medianViews: accountId % 5 === 0 ? null : Math.round(followers * 0.15),
    priceMidUsd: maybe(20 + followers * 0.01 * rnd()),
    docLength: 5 + Math.floor(rnd() * 30),
    sponsoredBrands: rnd() < 0.2 ? [pick(['rivalbrand', 'other'])] : [],
    terms: [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick(TERMS)))].map((t) => [
      t,
      1 + Math.floor(rnd() * 4),
    ]),
    niches: rnd() < 0.3 ? [] : [[pick(NICHE_CATEGORIES), Math.round(rnd() * 100) / 100]],
    ageGender: distribution(CELLS.filter(() => rnd() < 0.5)),
    countries: distribution(COUNTRIES.filter(() => rnd() < 0.5)),
    revision,
  };
}

/** `accounts` random accounts, every seventh of them updated afterwards (its first row left dead). */
export function randomIndex(accounts: number, seed: number): DiscoveryIndex {
  const rnd = seededRandom(seed);
  const index = new DiscoveryIndex();
  for (let id = 1; id <= accounts; id++) index.upsert(randomRow(rnd, id, 1));
  for (let id = 1; id <= accounts; id += 7) index.upsert(randomRow(rnd, id, 2));
  return index;
}

/**
 * As randomIndex, with the accounts first added in follower order (as a build adds them, so scans read
 * slices: scan-ranges.ts) and tiers that mostly follow the follower count; every seventh updated after.
 */
export function randomIndexByFollowers(accounts: number, seed: number): DiscoveryIndex {
  const rnd = seededRandom(seed);
  const index = new DiscoveryIndex();
  // Countries beyond the first 16 the index meets have no byte of their own (score-bound.ts): some rows name them.
  const more = (r: IndexRow): IndexRow =>
    r.countries && rnd() < 0.3
      ? {
          ...r,
          countries: {
            ...r.countries,
            shares: [...r.countries.shares.map(([c, v]) => [c, v / 2] as [string, number]), [pick(rnd, FAR), 0.5]],
          },
        }
      : r;
  const rows = Array.from({ length: accounts }, (_, i) => more(randomRow(rnd, i + 1, 1))).map((r) =>
    rnd() < 0.99 ? { ...r, tier: tierOf(r.followers) } : r,
  );
  rows.sort((a, b) => Number(a.followers === null) - Number(b.followers === null) || a.followers! - b.followers!);
  for (const r of rows) index.upsert(r);
  for (let id = 1; id <= accounts; id += 7) index.upsert(randomRow(rnd, id, 2));
  return index;
}

export const FAR = [
  'JP',
  'CA',
  'AU',
  'NL',
  'SE',
  'NO',
  'DK',
  'FI',
  'PL',
  'PT',
  'IE',
  'MX',
  'AR',
  'CL',
  'CO',
  'IN',
  'KR',
  'NZ',
];
const pick = <T>(rnd: () => number, xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
