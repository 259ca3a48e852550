import { DEFAULT_WEIGHTS, FIT_COMPONENTS, type FitComponent } from '../brief.ts';

export type ComponentValues = Partial<Record<FitComponent, number>>;

/** The weights of a brief: defaults overridden per component; components the brief does not use drop out. */
export function resolveWeights(
  overrides: Partial<Record<FitComponent, number | undefined>>,
  active: readonly FitComponent[],
): Record<FitComponent, number> {
  return Object.fromEntries(
    FIT_COMPONENTS.map((c) => [c, active.includes(c) ? (overrides[c] ?? DEFAULT_WEIGHTS[c]) : 0]),
  ) as Record<FitComponent, number>;
}

/** Fit score 0–100: the weighted mean of the components (weights need not sum to anything). */
export function fitScore(values: ComponentValues, weights: Record<FitComponent, number>): number {
  let sum = 0;
  let total = 0;
  for (const c of FIT_COMPONENTS) {
    const w = weights[c];
    if (w <= 0) continue;
    sum += w * (values[c] ?? 0);
    total += w;
  }
  return total === 0 ? 0 : (100 * sum) / total;
}
