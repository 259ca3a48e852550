import { describe, expect, it } from 'vitest';
import { briefSchema } from '../../../src/core/discovery/brief.ts';
import {
  parseCountry,
  parseFollowerCount,
  parseFollowerRange,
  parseMoney,
} from '../../../src/core/discovery/brief-input.ts';

describe('brief input as people type it', () => {
  it.each([
    ['GB', 'GB'],
    ['gb', 'GB'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['Great Britain', 'GB'],
    ['England', 'GB'],
    ['USA', 'US'],
    ['United States', 'US'],
    ['us', 'US'],
    ['Deutschland', 'DE'],
    ['Côte d’Ivoire', 'CI'],
    ['South Korea', 'KR'],
    ['Narnia', null],
    ['', null],
  ])('country %j → %s', (text, code) => {
    const read = parseCountry(text);
    expect(read.ok ? read.value : null).toBe(code);
  });

  it.each([
    ['10k', 10_000],
    ['25,000', 25_000],
    ['1.2m', 1_200_000],
    ['2.5K', 2_500],
    [31_200, 31_200],
    ['lots', null],
    ['-5', null],
  ] as const)('count %j → %s', (text, value) => {
    const read = parseFollowerCount(text);
    expect(read.ok ? read.value : null).toBe(value);
  });

  it.each([
    ['25-35k', { min: 25_000, max: 35_000 }],
    ['25k–35k', { min: 25_000, max: 35_000 }],
    ['25k to 35k', { min: 25_000, max: 35_000 }],
    ['10k+', { min: 10_000 }],
    ['up to 50k', { max: 50_000 }],
    ['5000-8000', { min: 5_000, max: 8_000 }],
    ['35-25k', null],
    ['lots', null],
    ['25k', null],
  ] as const)('follower range %j → %o', (text, range) => {
    const read = parseFollowerRange(text);
    expect(read.ok ? read.value : null).toEqual(range);
  });

  it.each([
    ['£400', { amount: 40_000, currency: 'GBP' }],
    ['$1,200', { amount: 120_000, currency: 'USD' }],
    ['€1.200,50', { amount: 120_050, currency: 'EUR' }],
    ['400 GBP', { amount: 40_000, currency: 'GBP' }],
    ['GBP 400.5', { amount: 40_050, currency: 'GBP' }],
    ['1.5k EUR', { amount: 150_000, currency: 'EUR' }],
    ['¥60,000', { amount: 60_000, currency: 'JPY' }],
    ['KWD 12.5', { amount: 12_500, currency: 'KWD' }],
    ['HK$800', { amount: 80_000, currency: 'HKD' }],
    ['400', null],
    ['£0', null],
    ['£four hundred', null],
  ] as const)('money %j → %o', (text, money) => {
    const read = parseMoney(text);
    expect(read.ok ? read.value : null).toEqual(money);
  });

  it('the brief schema takes typed values and names the field of a bad one', () => {
    const brief = briefSchema.parse({
      followers: '25-35k',
      budget_per_post: '£400',
      audience: { countries: ['UK', 'United Kingdom', 'us'] },
      creator_countries: ['Germany'],
    });
    expect(brief).toMatchObject({
      followers: { min: 25_000, max: 35_000 },
      budget_per_post: { amount: 40_000, currency: 'GBP' },
      audience: { countries: ['GB', 'US'] },
      creator_countries: ['DE'],
    });
    expect(briefSchema.parse({ followers: { min: '10k', max: 50_000 } }).followers).toEqual({
      min: 10_000,
      max: 50_000,
    });
    const bad = briefSchema.safeParse({
      followers: 'lots',
      budget_per_post: '400',
      audience: { countries: ['Narnia'] },
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['followers', '"lots" is not a range like 25-35k, 10k+ or up to 50k'],
      ['audience.countries.0', '"Narnia" is not a country we know (a name like "United Kingdom" or a code like GB)'],
      ['budget_per_post', '"400" has no currency: write it like £400 or 400 GBP'],
    ]);
    expect(briefSchema.safeParse({ audience: { min_country_share: 0.3 } }).success).toBe(false);
  });
});
