import { describe, expect, it } from 'vitest';
import { dealMoveError, isAgreed, type DealStatus } from '../../../src/core/shared/deal-status.ts';

describe('deal status', () => {
  it.each([
    ['proposed', 'agreed', true],
    ['proposed', 'paid', true],
    ['agreed', 'delivered', true],
    ['delivered', 'paid', true],
    ['agreed', 'agreed', true],
    ['proposed', 'declined', true],
    ['agreed', 'declined', true],
    ['agreed', 'proposed', false],
    ['paid', 'delivered', false],
    ['delivered', 'declined', false],
    ['declined', 'agreed', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(dealMoveError(from, to) === null).toBe(allowed);
  });

  it.each([
    ['proposed', false],
    ['agreed', true],
    ['delivered', true],
    ['paid', true],
    ['declined', false],
  ] as [DealStatus, boolean][])('a %s deal is spend and a closed price: %s', (status, agreed) =>
    expect(isAgreed(status)).toBe(agreed),
  );
});
