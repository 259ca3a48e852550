import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIT_COMPONENTS, type FitComponent } from '../../../src/core/discovery/brief.ts';
import {
  adFatigueComponent,
  audienceComponent,
  authenticityComponent,
  costEfficiencyComponent,
  engagementComponent,
  replyRateComponent,
} from '../../../src/core/discovery/fit/fit-components.ts';
import { fitScore, resolveWeights } from '../../../src/core/discovery/fit/fit-score.ts';

describe('fit components (each in [0, 1])', () => {
  it.each([
    ['engagement: P80 in tier → 0.8', engagementComponent(80), 0.8],
    ['engagement: unknown → 0', engagementComponent(null), 0],
    ['reply rate 25 % → 0.5 (full at 50 %)', replyRateComponent(0.25), 0.5],
    ['reply rate 90 % → 1', replyRateComponent(0.9), 1],
    ['reply rate unknown → neutral 0.5', replyRateComponent(null), 0.5],
    ['authenticity 100 → 1', authenticityComponent(100), 1],
    ['authenticity 75 → 0.5 (counts from 50)', authenticityComponent(75), 0.5],
    ['authenticity 40 (suspicious) → 0', authenticityComponent(40), 0],
    ['authenticity unknown → neutral 0.5', authenticityComponent(null), 0.5],
    ['ad fatigue: 10 % sponsored → 0.8', adFatigueComponent(0.1), 0.8],
    ['ad fatigue: 60 % sponsored → 0', adFatigueComponent(0.6), 0],
    ['audience 0.5 verified → 0.5', audienceComponent(0.5, 'verified'), 0.5],
    ['audience 0.5 estimated → 0.425', audienceComponent(0.5, 'estimated'), 0.425],
    ['audience unknown → 0', audienceComponent(null, null), 0],
    ['cost: $0.10 per engagement → 0.5', costEfficiencyComponent(100, 1_000, null), 0.5],
    ['cost: $0.01 per engagement → 1/1.1', costEfficiencyComponent(10, 1_000, null), 1 / 1.1],
    ['cost over budget scales by budget/price', costEfficiencyComponent(100, 1_000, 50), 0.25],
    ['cost: no expected engagement → 0', costEfficiencyComponent(100, 0, null), 0],
  ])('%s', (_label, value, expected) => {
    expect(value).toBeCloseTo(expected, 10);
  });
});

describe('fitScore', () => {
  const all = resolveWeights({}, FIT_COMPONENTS);

  it('is the weighted mean × 100 with the default weights', () => {
    const values = {
      niche: 1,
      audience: 0.5,
      engagement: 0.8,
      reply_rate: 0.5,
      authenticity: 1,
      ad_fatigue: 0.8,
      cost_efficiency: 0.5,
    };
    // (30·1 + 20·0.5 + 15·0.8 + 10·0.5 + 15·1 + 5·0.8 + 10·0.5) / 105
    expect(fitScore(values, all)).toBeCloseTo((81 / 105) * 100, 10);
  });

  it('drops components the brief does not use', () => {
    const w = resolveWeights({}, ['engagement', 'authenticity']);
    expect(w.niche).toBe(0);
    // engagement 15 · 1 + authenticity 15 · 0 over 30; the niche value is ignored.
    expect(fitScore({ engagement: 1, authenticity: 0, niche: 1 }, w)).toBeCloseTo(50, 10);
  });

  const componentValues = fc.record(
    Object.fromEntries(FIT_COMPONENTS.map((c) => [c, fc.double({ min: 0, max: 1, noNaN: true })])) as Record<
      FitComponent,
      fc.Arbitrary<number>
    >,
  );
  const weightSet = fc
    .record(
      Object.fromEntries(FIT_COMPONENTS.map((c) => [c, fc.integer({ min: 0, max: 100 })])) as Record<
        FitComponent,
        fc.Arbitrary<number>
      >,
    )
    .filter((w) => Object.values(w).some((x) => x > 0));

  it('stays within 0–100 (property)', () => {
    fc.assert(
      fc.property(componentValues, weightSet, (v, w) => {
        const s = fitScore(v, w);
        return s >= 0 && s <= 100 + 1e-9;
      }),
    );
  });

  it('re-weighting changes the order only as the weights say (property)', () => {
    // Raising the weight of a component on which A is at least as good as B never puts B ahead of A
    // if A was ahead, and lowering it never puts A ahead of B if B was ahead.
    fc.assert(
      fc.property(
        componentValues,
        componentValues,
        weightSet,
        fc.constantFrom(...FIT_COMPONENTS),
        fc.integer({ min: 1, max: 100 }),
        (a, b, w, c, extra) => {
          const [hi, lo] = a[c] >= b[c] ? [a, b] : [b, a];
          const before = fitScore(hi, w) - fitScore(lo, w);
          const raised = { ...w, [c]: w[c] + extra };
          const after = fitScore(hi, raised) - fitScore(lo, raised);
          return !(before >= 0 && after < -1e-9);
        },
      ),
    );
  });

  it('a component with weight 0 never changes the order (property)', () => {
    fc.assert(
      fc.property(
        componentValues,
        componentValues,
        weightSet,
        fc.constantFrom(...FIT_COMPONENTS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, w, c, x) => {
          const zero = { ...w, [c]: 0 };
          if (Object.values(zero).every((v) => v === 0)) return true;
          const order = Math.sign(fitScore(a, zero) - fitScore(b, zero));
          const changed = Math.sign(fitScore({ ...a, [c]: x }, zero) - fitScore(b, zero));
          return order === changed || Math.abs(fitScore(a, zero) - fitScore(b, zero)) < 1e-9;
        },
      ),
    );
  });
});
