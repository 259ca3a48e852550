import { describe, expect, it } from 'vitest';
import { countryCode } from '../../../src/core/countries/country-code.ts';

describe('countryCode', () => {
  it.each([
    ['United States', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['Korea', 'KR'],
    ['South Korea', 'KR'],
    ['North Korea', 'KP'],
    ['Spain', 'ES'],
    ['España', 'ES'],
    ["Côte d'Ivoire", 'CI'],
    ['Côte d’Ivoire', 'CI'],
    ["CÃ´te d'Ivoire (mojibake)", 'CI'],
    ['Ivory Coast', 'CI'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['Russia', 'RU'],
    ['Czech Republic', 'CZ'],
    ['Bosnia and Herzegovina', 'BA'],
    ['Bosnia & Herzegovina', 'BA'],
    ['Saint Lucia', 'LC'],
    ['St. Lucia', 'LC'],
    ['The Netherlands', 'NL'],
    ['Hong Kong', 'HK'],
    ['Macau', 'MO'],
    ['  india ', 'IN'],
    ['GB', 'GB'],
    ['Deutschland', 'DE'],
    ['Kosovo', 'XK'],
  ])('%s → %s', (name, code) => {
    expect(countryCode(name.replace(/ \(.*\)$/, ''))).toBe(code);
  });

  it.each(['Atlantis', 'no', 'in', 'ZZ', 'EU', 'Sports with a ball', '48.5M', ''])('%j is not a country', (name) => {
    expect(countryCode(name)).toBeUndefined();
  });
});
