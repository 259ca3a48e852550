import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startOfUtcDay } from '../../../src/core/time/start-of-utc-day.ts';
import { parseDateOrInstant, toIsoUtc } from '../../../src/core/time/to-iso-utc.ts';

describe('toIsoUtc', () => {
  it.each([
    ['Graph "+0000" offset', '2021-08-17T19:00:42+0000', '2021-08-17T19:00:42.000Z'],
    ['YouTube with milliseconds', '2019-03-21T20:37:49.000Z', '2019-03-21T20:37:49.000Z'],
    ['YouTube without fraction', '2005-09-18T22:37:10Z', '2005-09-18T22:37:10.000Z'],
    ['positive offset with colon moves back', '2021-08-17T01:30:00+02:00', '2021-08-16T23:30:00.000Z'],
    ['negative offset moves forward', '2017-05-04T23:00:00-0700', '2017-05-05T06:00:00.000Z'],
    ['microseconds are cut to milliseconds', '2021-01-01T00:00:00.123456Z', '2021-01-01T00:00:00.123Z'],
    ['no zone is refused', '2021-08-17T19:00:42', undefined],
    ['impossible day is refused', '2021-02-30T00:00:00Z', undefined],
    ['hour 24 is refused', '2021-02-01T24:00:00Z', undefined],
    ['free text is refused', 'yesterday', undefined],
  ])('%s', (_label, input, expected) => {
    expect(toIsoUtc(input)).toBe(expected);
  });

  it('round-trips any instant written by toISOString (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }), (d) => {
        expect(toIsoUtc(d.toISOString())).toBe(d.toISOString());
      }),
    );
  });
});

describe('parseDateOrInstant', () => {
  it.each([
    ['2026-03-01', '2026-03-01T00:00:00.000Z'],
    ['2026-03-01T10:00:00+01:00', '2026-03-01T09:00:00.000Z'],
    ['2026-13-01', undefined],
    ['1 March', undefined],
  ])('%s → %s', (input, expected) => {
    expect(parseDateOrInstant(input)).toBe(expected);
  });
});

describe('startOfUtcDay', () => {
  it('is midnight UTC of the same day', () => {
    expect(startOfUtcDay(new Date('2026-11-26T23:59:59.999Z'))).toBe('2026-11-26T00:00:00.000Z');
  });
});
