import { describe, expect, it } from 'vitest';
import { inspectNumberColumn } from '../../../../src/core/imports/creator-csv/inspect-number-column.ts';
import { parseCount } from '../../../../src/core/numbers/parse-count.ts';

describe('inspectNumberColumn', () => {
  it('accepts a column of numbers with a few broken cells (those rows are rejected later)', () => {
    expect(inspectNumberColumn(['1.2M', '3K', 'abc', '400', '5', 'N/A'], parseCount)).toEqual({
      kind: 'numbers',
      exactShare: 0.4,
    });
  });
  it('measures how much of a column is written as exact digits', () => {
    expect(inspectNumberColumn(['409800000', '523000000.00', '1.2M'], parseCount)).toEqual({
      kind: 'numbers',
      exactShare: 2 / 3,
    });
  });
  it('recognises a column of country names under a numeric header', () => {
    expect(inspectNumberColumn(['Spain', 'Indonesia', 'Russia', 'United States', 'Brazil', '12K'], parseCount)).toEqual(
      { kind: 'countries', example: 'Spain' },
    );
  });
  it('flags a column of other text', () => {
    expect(inspectNumberColumn(['high', 'low', 'medium', 'high', 'low'], parseCount)).toEqual({
      kind: 'text',
      example: 'high',
    });
  });
  it('trusts a short column as labelled', () => {
    expect(inspectNumberColumn(['abc', 'Spain'], parseCount).kind).toBe('numbers');
  });
});
