import { describe, expect, it } from 'vitest';
import { audienceMatch } from '../../../src/core/discovery/audience-match.ts';
import type { AudienceSummary } from '../../../src/core/vetting/audience-summary.ts';

const summary = (source: 'verified' | 'estimated', withCountry = true): AudienceSummary => ({
  source,
  dimensions: {
    age_gender: {
      dimension: 'age_gender',
      source,
      origin: 't',
      sample_size: 500,
      as_of: '2026-11-01',
      segments: [
        { key: '18-24:female', share: 0.3 },
        { key: '25-34:female', share: 0.25 },
        { key: '18-24:male', share: 0.2 },
        { key: '35-44:female', share: 0.15 },
        { key: '35-44:male', share: 0.1 },
      ],
    },
    ...(withCountry
      ? {
          country: {
            dimension: 'country' as const,
            source,
            origin: 't',
            sample_size: 400,
            as_of: '2026-11-01',
            segments: [
              { key: 'GB', share: 0.5 },
              { key: 'US', share: 0.3 },
              { key: 'DE', share: 0.2 },
            ],
          },
        }
      : {}),
  },
});

describe('audienceMatch = share of the audience inside the target segment', () => {
  it.each([
    ['women 18–34: 0.30 + 0.25', { genders: ['female'], age_bands: ['18-24', '25-34'] }, 0.55, 0.55, null],
    ['women of any age', { genders: ['female'] }, 0.7, 0.7, null],
    ['18–24 of any gender', { age_bands: ['18-24'] }, 0.5, 0.5, null],
    ['GB and US', { countries: ['GB', 'US'] }, 0.8, null, 0.8],
    [
      'women 18–34 in GB/US: 0.55 × 0.8 (independence)',
      { genders: ['female'], age_bands: ['18-24', '25-34'], countries: ['GB', 'US'] },
      0.44,
      0.55,
      0.8,
    ],
    ['a country with no audience', { countries: ['FR'] }, 0, null, 0],
  ] as const)('%s', (_label, target, value, ageGender, country) => {
    const m = audienceMatch(summary('verified'), target as never);
    expect(m.value).toBeCloseTo(value, 10);
    if (ageGender === null) expect(m.age_gender).toBeNull();
    else expect(m.age_gender).toBeCloseTo(ageGender, 10);
    if (country === null) expect(m.country).toBeNull();
    else expect(m.country).toBeCloseTo(country, 10);
    expect(m.source).toBe('verified');
    expect(m.sample_size).toBe(ageGender !== null && country !== null ? 400 : ageGender !== null ? 500 : 400);
  });

  it('is unknown, with the reason, when a needed distribution is missing', () => {
    const m = audienceMatch(summary('estimated', false), { countries: ['GB'] });
    expect(m).toMatchObject({ value: null, reason: 'no country audience data' });
  });

  it('carries the estimated source', () => {
    expect(audienceMatch(summary('estimated'), { genders: ['female'] }).source).toBe('estimated');
  });
});
