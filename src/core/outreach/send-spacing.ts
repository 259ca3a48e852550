// The gap between two sends of one mailbox: never below the minimum, centred 30 % above it and varying by
// ±jitter % of the minimum (90 s ± 30 %: 90 s to 144 s, 117 s on average), so sends do not tick like a
// machine. The random number comes from the caller (seeded in tests).

export interface SpacingRules {
  minSpacingSeconds: number;
  jitterPercent: number;
}

/** Milliseconds to wait after a send; `random` is in [0, 1). */
export function sendGapMs(r: SpacingRules, random: number): number {
  const jitter = r.jitterPercent / 100;
  return Math.round(r.minSpacingSeconds * 1000 * (1 + jitter + jitter * (2 * random - 1)));
}
