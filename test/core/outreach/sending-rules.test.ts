import { describe, expect, it } from 'vitest';
import { dailyBudget } from '../../../src/core/outreach/daily-budget.ts';
import { sendGapMs } from '../../../src/core/outreach/send-spacing.ts';
import {
  inSendingWindow,
  localDay,
  nextWindowStart,
  startOfLocalDay,
} from '../../../src/core/outreach/sending-window.ts';

const weekdays = (timeZone: string) => ({ timeZone, fromHour: 9, untilHour: 17, days: [1, 2, 3, 4, 5] });

describe('the sending window', () => {
  it.each([
    // [instant, zone, inside?, next start]
    ['2026-12-07T08:59:59Z', 'UTC', false, '2026-12-07T09:00:00.000Z'], // Monday just before 9:00
    ['2026-12-07T09:00:00Z', 'UTC', true, '2026-12-07T09:00:00.000Z'],
    ['2026-12-07T16:59:59Z', 'UTC', true, '2026-12-07T16:59:59.000Z'],
    ['2026-12-07T17:00:00Z', 'UTC', false, '2026-12-08T09:00:00.000Z'], // 17:00 is closed
    ['2026-12-11T18:00:00Z', 'UTC', false, '2026-12-14T09:00:00.000Z'], // Friday evening → Monday
    ['2026-12-12T10:00:00Z', 'UTC', false, '2026-12-14T09:00:00.000Z'], // Saturday
    ['2026-12-07T08:30:00Z', 'Europe/Berlin', true, '2026-12-07T08:30:00.000Z'], // 9:30 in Berlin (UTC+1)
    ['2026-12-07T07:30:00Z', 'Europe/Berlin', false, '2026-12-07T08:00:00.000Z'],
    ['2026-12-07T14:00:00Z', 'America/New_York', true, '2026-12-07T14:00:00.000Z'], // 9:00 EST
    // DST: Berlin springs forward on Sun 29 March 2026; Monday 30 March opens at 9:00 CEST = 07:00Z.
    ['2026-03-27T16:30:00Z', 'Europe/Berlin', false, '2026-03-30T07:00:00.000Z'],
    ['2026-03-30T07:00:00Z', 'Europe/Berlin', true, '2026-03-30T07:00:00.000Z'],
    // … and falls back on Sun 25 October 2026; Monday 26 October opens at 9:00 CET = 08:00Z.
    ['2026-10-23T15:30:00Z', 'Europe/Berlin', false, '2026-10-26T08:00:00.000Z'],
    ['2026-10-26T07:30:00Z', 'Europe/Berlin', false, '2026-10-26T08:00:00.000Z'],
    // New York springs forward on Sun 8 March 2026: Monday 9:00 EDT = 13:00Z.
    ['2026-03-06T22:00:00Z', 'America/New_York', false, '2026-03-09T13:00:00.000Z'],
    // Across the date line: Auckland Monday 9:00 NZDT is Sunday 20:00Z.
    ['2026-12-06T19:00:00Z', 'Pacific/Auckland', false, '2026-12-06T20:00:00.000Z'],
  ])('%s in %s: inside=%s, next start %s', (at, zone, inside, next) => {
    expect(inSendingWindow(new Date(at), weekdays(zone))).toBe(inside);
    expect(nextWindowStart(new Date(at), weekdays(zone))?.toISOString()).toBe(next);
  });

  it('has no next start when no day or hour is open', () => {
    expect(nextWindowStart(new Date('2026-12-07T10:00:00Z'), { ...weekdays('UTC'), days: [] })).toBeNull();
    expect(
      nextWindowStart(new Date('2026-12-07T10:00:00Z'), { ...weekdays('UTC'), fromHour: 9, untilHour: 9 }),
    ).toBeNull();
  });

  it.each([
    ['2026-12-06T23:30:00Z', 'UTC', '2026-12-06', '2026-12-06T00:00:00.000Z'],
    ['2026-12-06T23:30:00Z', 'Europe/Berlin', '2026-12-07', '2026-12-06T23:00:00.000Z'],
    ['2026-03-29T12:00:00Z', 'Europe/Berlin', '2026-03-29', '2026-03-28T23:00:00.000Z'], // the 23-hour day
  ])('%s in %s is local day %s, which began at %s', (at, zone, day, start) => {
    expect(localDay(new Date(at), zone)).toBe(day);
    expect(startOfLocalDay(new Date(at), zone).toISOString()).toBe(start);
  });
});

describe('the daily budget with warm-up', () => {
  const rules = { dailyLimit: 40, warmupStart: 10, warmupStep: 5 };
  it.each([
    [null, '2026-12-07', 10],
    ['2026-12-07', '2026-12-07', 10],
    ['2026-12-07', '2026-12-08', 15],
    ['2026-12-07', '2026-12-13', 40],
    ['2026-12-07', '2027-01-30', 40],
    ['2026-12-31', '2027-01-01', 15], // across a year
  ])('first send %s, today %s: %i', (first, today, budget) => {
    expect(dailyBudget(rules, first, today)).toBe(budget);
  });
  it('never exceeds a small limit', () => {
    expect(dailyBudget({ dailyLimit: 8, warmupStart: 8, warmupStep: 5 }, null, '2026-12-07')).toBe(8);
  });
});

describe('the gap between sends', () => {
  it.each([
    [0, 90_000],
    [0.5, 117_000],
    [0.999999, 144_000],
  ])('random %f: %i ms', (random, ms) => {
    expect(sendGapMs({ minSpacingSeconds: 90, jitterPercent: 30 }, random)).toBe(ms);
  });
});
