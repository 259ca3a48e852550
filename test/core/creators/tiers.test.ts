import { describe, expect, it } from 'vitest';
import { tierOf } from '../../../src/core/creators/tiers.ts';

describe('tierOf (lower bound inclusive, upper exclusive)', () => {
  it.each([
    [null, null],
    [999, null],
    [1_000, 'nano'],
    [9_999, 'nano'],
    [10_000, 'micro'],
    [99_999, 'micro'],
    [100_000, 'mid'],
    [499_999, 'mid'],
    [500_000, 'macro'],
    [999_999, 'macro'],
    [1_000_000, 'mega'],
    [475_800_000, 'mega'],
  ] as const)('%s followers → %s', (followers, tier) => {
    expect(tierOf(followers)).toBe(tier);
  });
});
