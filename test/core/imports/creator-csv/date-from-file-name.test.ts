import { describe, expect, it } from 'vitest';
import { dateFromFileName } from '../../../../src/core/imports/creator-csv/date-from-file-name.ts';
import { platformFromFileName } from '../../../../src/core/imports/creator-csv/platform-from-file-name.ts';
import { resolveObservedAt } from '../../../../src/core/imports/creator-csv/resolve-observed-at.ts';

describe('dateFromFileName', () => {
  it.each([
    ['instagram-dec-2022.csv', '2022-12-01T00:00:00.000Z'],
    ['social media influencers-instagram june 2022 - june 2022.csv', '2022-06-01T00:00:00.000Z'],
    ['social media influencers - Youtube sep-2022.csv', '2022-09-01T00:00:00.000Z'],
    ['tiktok-2022-06.csv', '2022-06-01T00:00:00.000Z'],
    ['creators_2022-06-15.csv', '2022-06-15T00:00:00.000Z'],
    ['/exports/2021/jun-2022.csv (folder ignored)', '2022-06-01T00:00:00.000Z'],
    ['creators 2022 March.csv', '2022-03-01T00:00:00.000Z'],
    ['instagram-undated.csv', undefined],
    ['top_insta_influencers_data.csv', undefined],
    ['list-2022-13.csv (no month 13)', undefined],
    ['marketing-2022.csv ("mar" inside a word)', undefined],
  ])('%s → %s', (name, expected) => {
    expect(dateFromFileName(name.replace(/ \(.*\)$/, ''))).toBe(expected);
  });
});

describe('platformFromFileName', () => {
  it.each([
    ['instagram-dec-2022.csv', 'instagram'],
    ['social media influencers - Tiktok sep 2022.csv', 'tiktok'],
    ['YOUTUBE - DEC 2022.csv', 'youtube'],
    ['top_insta_influencers_data.csv', 'instagram'],
    ['creators.csv', undefined],
    ['instagram-vs-tiktok.csv', undefined],
  ])('%s → %s', (name, expected) => {
    expect(platformFromFileName(name)).toBe(expected);
  });
});

describe('resolveObservedAt', () => {
  const fetchedAt = '2026-01-02T15:04:05.000Z';
  it('prefers the explicit date, warning when the file name says otherwise', () => {
    expect(resolveObservedAt('instagram-jun-2022.csv', '2022-03-01T00:00:00.000Z', fetchedAt)).toEqual({
      observedAt: '2022-03-01T00:00:00.000Z',
      warning: 'the file name suggests 2022-06-01, but --observed-at 2022-03-01 was used',
    });
  });
  it('uses the file name date', () => {
    expect(resolveObservedAt('instagram-jun-2022.csv', undefined, fetchedAt)).toEqual({
      observedAt: '2022-06-01T00:00:00.000Z',
    });
  });
  it('falls back to the import day at midnight UTC, with a warning suggesting --observed-at', () => {
    const resolved = resolveObservedAt('creators.csv', undefined, fetchedAt);
    expect(resolved.observedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(resolved.warning).toMatch(/--observed-at/);
  });
});
