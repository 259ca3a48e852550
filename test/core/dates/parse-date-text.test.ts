import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../../src/core/dates/parse-date-text.ts';

describe('parseDateText', () => {
  it.each([
    ['2022-03-01', '2022-03-01T00:00:00.000Z'],
    ['2022-03', '2022-03-01T00:00:00.000Z'],
    ['2022-03-01T10:00:00Z', '2022-03-01T10:00:00.000Z'],
    ['2022-03-01T10:00:00+02:00', '2022-03-01T08:00:00.000Z'],
    ['2022-02-30', undefined],
    ['2022-13', undefined],
    ['March 2022', undefined],
    ['yesterday', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseDateText(text)).toBe(expected);
  });
});
