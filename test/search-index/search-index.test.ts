// The scan's explanation parts: a winner without the audience distribution a brief needs has no
// match parts (NaN), never the parts of the row scored before it.
import { describe, expect, it } from 'vitest';
import { briefSchema } from '../../src/core/discovery/brief.ts';
import { compileBrief } from '../../src/search-index/compile-brief.ts';
import { DiscoveryIndex } from '../../src/search-index/discovery-index.ts';
import type { IndexRow } from '../../src/storage/discovery/index-row.ts';
import { searchIndex } from '../../src/search-index/search-index.ts';

const row = (accountId: number, audience: Pick<IndexRow, 'ageGender' | 'countries'>): IndexRow => ({
  accountId,
  creatorId: accountId,
  platform: 'instagram',
  handle: `a${accountId}`,
  displayName: null,
  followers: 30_000,
  tier: 'micro',
  creatorCountry: 'GB',
  language: 'en',
  hasEmail: false,
  isDemo: false,
  erFollowers: 0.03,
  erPercentile: 50,
  replyRate: 0.2,
  authenticity: 90,
  sponsoredShare: 0.1,
  growth30d: 0.01,
  lastPostedAt: '2026-11-01T00:00:00Z',
  expectedViews: 1_000,
  medianViews: 800,
  priceMidUsd: 200,
  docLength: 10,
  sponsoredBrands: [],
  terms: [],
  niches: [],
  revision: 1,
  ...audience,
});

const ageGender = {
  source: 'verified' as const,
  sampleSize: 1_000,
  shares: [
    ['18-24:female', 0.6],
    ['25-34:male', 0.4],
  ] as [string, number][],
};
const countries = {
  source: 'verified' as const,
  sampleSize: 1_000,
  shares: [
    ['GB', 0.7],
    ['US', 0.3],
  ] as [string, number][],
};

describe('searchIndex audience match parts', () => {
  it.each([
    ['no age × gender distribution', { ageGender: null, countries }, { ageGender: Number.NaN, country: Number.NaN }],
    ['no country distribution', { ageGender, countries: null }, { ageGender: 0.6, country: Number.NaN }],
  ])('%s: the parts are unknown, not those of the previous row', (_name, missing, parts) => {
    const index = new DiscoveryIndex();
    index.upsert(row(1, { ageGender, countries }));
    index.upsert(row(2, missing));
    const plan = compileBrief(index, briefSchema.parse({ audience: { genders: ['female'], countries: ['GB'] } }), {
      excludedAccounts: new Set(),
      seedAccounts: [],
      usdRate: 1,
      calibration: 1,
      now: Date.now(),
      termIds: new Map(),
    });
    const result = searchIndex(index, plan);
    const byId = new Map(result.top.map((t) => [t.accountId, t.match]));
    expect(byId.get(1)).toEqual({ value: 0.6 * 0.7, ageGender: 0.6, country: 0.7 });
    expect(byId.get(2)).toEqual({ value: Number.NaN, ...parts });
  });
});
