import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netRevenue } from '../../../src/core/attribution/net-revenue.ts';

describe('net attributed revenue = subtotal after discounts − refunds (capped); cancelled = 0', () => {
  it.each([
    ['no refund', 10000, [], false, { grossMinor: 10000, refundsMinor: 0, netMinor: 10000 }],
    ['partial refund', 10000, [2500], false, { grossMinor: 10000, refundsMinor: 2500, netMinor: 7500 }],
    ['two partial refunds', 10000, [2500, 2500], false, { grossMinor: 10000, refundsMinor: 5000, netMinor: 5000 }],
    [
      'refunds beyond the order are capped',
      10000,
      [8000, 8000],
      false,
      { grossMinor: 10000, refundsMinor: 10000, netMinor: 0 },
    ],
    ['cancelled order counts nothing', 10000, [], true, { grossMinor: 0, refundsMinor: 0, netMinor: 0 }],
    ['cancelled after a refund', 10000, [2500], true, { grossMinor: 0, refundsMinor: 0, netMinor: 0 }],
  ])('%s', (_label, subtotal, refunds, cancelled, expected) => {
    expect(netRevenue({ subtotalMinor: subtotal, refundsMinor: refunds, cancelled })).toEqual(expected);
  });

  it('refunds never make net revenue negative nor exceed the order (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }),
        fc.array(fc.integer({ min: -1e6, max: 1e11 }), { maxLength: 8 }),
        fc.boolean(),
        (subtotal, refunds, cancelled) => {
          const r = netRevenue({ subtotalMinor: subtotal, refundsMinor: refunds, cancelled });
          expect(r.netMinor).toBeGreaterThanOrEqual(0);
          expect(r.netMinor).toBeLessThanOrEqual(subtotal);
          expect(r.grossMinor - r.refundsMinor).toBe(r.netMinor);
        },
      ),
    );
  });
});
