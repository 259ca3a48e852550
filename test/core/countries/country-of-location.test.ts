import { describe, expect, it } from 'vitest';
import { countryOfLocation } from '../../../src/core/countries/country-of-location.ts';

describe('countryOfLocation', () => {
  it.each([
    ['Austin, Texas, United States', { kind: 'code', code: 'US' }],
    ['Madrid, Spain', { kind: 'code', code: 'ES' }],
    ['London, UK', { kind: 'code', code: 'GB' }],
    ['España, Madrid', { kind: 'code', code: 'ES' }],
    ['United Kingdom', { kind: 'code', code: 'GB' }],
    // one unknown name is kept as written (it may be a country we do not know); a place without a country is not one
    ['Narnia', { kind: 'as_written', text: 'Narnia' }],
    ['Austin, Texas', { kind: 'none' }],
  ] as const)('%j → %j', (text, expected) => {
    expect(countryOfLocation(text)).toEqual(expected);
  });
});
