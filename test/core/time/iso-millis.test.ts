import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoMillis } from '../../../src/core/time/iso-millis.ts';

// isoMillis must be Date.parse for every input: its own arithmetic for the canonical form, Date.parse
// for the rest. Each case and property compares the two.
const same = (text: string) => expect(Object.is(isoMillis(text), Date.parse(text)), text).toBe(true);

describe('isoMillis', () => {
  it.each([
    ['the epoch', '1970-01-01T00:00:00.000Z'],
    ['before the epoch', '1969-12-31T23:59:59.999Z'],
    ['year 0000', '0000-01-01T00:00:00.000Z'],
    ['year 0050 (not 1950, as Date.UTC would read it)', '0050-06-15T12:00:00.000Z'],
    ['year 9999', '9999-12-31T23:59:59.999Z'],
    ['Feb 29 of a leap year', '2024-02-29T10:00:00.000Z'],
    ['Feb 29 of 2000 (divisible by 400)', '2000-02-29T00:00:00.000Z'],
    ['Feb 29 of 1900 (rolled over by Date.parse)', '1900-02-29T00:00:00.000Z'],
    ['Feb 30 (rolled over by Date.parse)', '2021-02-30T00:00:00.000Z'],
    ['day 32', '2021-01-32T00:00:00.000Z'],
    ['day 00', '2021-01-00T00:00:00.000Z'],
    ['month 00', '2021-00-10T00:00:00.000Z'],
    ['month 13', '2021-13-10T00:00:00.000Z'],
    ['hour 24 (the end of the day for Date.parse)', '2021-02-28T24:00:00.000Z'],
    ['second 60', '2021-02-28T23:59:60.000Z'],
    ['minute 60', '2021-02-28T23:60:00.000Z'],
    ['a letter in the year', '2O21-02-28T10:00:00.000Z'],
    ['a space in the milliseconds', '2021-02-28T10:00:00. 00Z'],
    ['no milliseconds', '2021-02-28T10:00:00Z'],
    ['one fractional digit', '2021-02-28T10:00:00.5Z'],
    ['a Graph "+0000" offset', '2017-08-31T18:10:00+0000'],
    ['an offset of the same length as the canonical form', '2017-08-31T18:10:00+01:00'],
    ['a lower-case z', '2021-02-28T10:00:00.000z'],
    ['a date only', '2021-02-28'],
    ['a signed six-digit year', '+002021-02-28T10:00:00.000Z'],
    ['the empty text', ''],
    ['free text', 'yesterday'],
  ])('%s', (_label, text) => same(text));

  it('reads every instant toISOString writes, years 0000–9999 (property)', () => {
    const min = Date.parse('0000-01-01T00:00:00.000Z');
    const max = Date.parse('9999-12-31T23:59:59.999Z');
    fc.assert(
      fc.property(fc.integer({ min, max }), (ms) => {
        expect(isoMillis(new Date(ms).toISOString())).toBe(ms);
      }),
      { numRuns: 5_000 },
    );
  });

  it('agrees with Date.parse on canonical texts with any character changed (property)', () => {
    const canonical = fc
      .integer({ min: Date.parse('0000-01-01T00:00:00.000Z'), max: Date.parse('9999-12-31T23:59:59.999Z') })
      .map((ms) => new Date(ms).toISOString());
    const edit = fc.tuple(fc.nat(23), fc.constantFrom(...'0123456789-:.TZz+ /9'.split('')));
    fc.assert(
      fc.property(canonical, fc.array(edit, { minLength: 1, maxLength: 3 }), (text, edits) => {
        const chars = text.split('');
        for (const [at, ch] of edits) chars[at] = ch;
        same(chars.join(''));
      }),
      { numRuns: 5_000 },
    );
  });
});
