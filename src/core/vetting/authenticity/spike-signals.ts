import { MIN_HISTORY_POINTS, type FollowerSpike } from '../growth/detect-spikes.ts';
import { num, pct } from './authenticity-reason.ts';
import type { Signals } from './er-signals.ts';

/** Penalty of one unexplained jump, by size; all spikes together cost at most 50. */
export function spikePenalty(change: number): number {
  if (change >= 1) return 45;
  if (change >= 0.5) return 35;
  if (change >= 0.2) return 30;
  return 20;
}

export function spikeSignals(spikes: FollowerSpike[], historyPoints: number): Signals {
  if (historyPoints < MIN_HISTORY_POINTS) {
    return {
      reasons: [],
      checks: [
        {
          signal: 'follower spikes',
          status: 'unavailable',
          detail: `${historyPoints} observation(s) of the follower count (need ${MIN_HISTORY_POINTS})`,
        },
      ],
    };
  }
  const unexplained = spikes.filter((s) => !s.explained);
  let budget = 50;
  const reasons = unexplained
    .map((s) => {
      const penalty = Math.min(budget, spikePenalty(s.change));
      budget -= penalty;
      return {
        code: 'follower_spike' as const,
        value: s.change,
        band: { low: 0, high: s.usual_max, label: "largest step within the account's own variation" },
        penalty,
        message: `Followers jumped +${pct(s.change, 0)} on ${s.at.slice(0, 10)} (${num(s.from)} → ${num(s.to)}), ${s.deviations.toFixed(0)}× the account's usual variation, and ${s.explanation}.`,
      };
    })
    .filter((r) => r.penalty > 0);
  return {
    reasons,
    checks: [
      {
        signal: 'follower spikes',
        status: unexplained.length > 0 ? 'fail' : 'pass',
        detail:
          spikes.length === 0
            ? 'no jump outside the usual variation'
            : `${spikes.length} jump(s), ${unexplained.length} not followed by engagement`,
      },
    ],
  };
}
