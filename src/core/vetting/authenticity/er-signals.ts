import type { Band } from '../benchmarks.ts';
import type { EngagementMeasure } from '../engagement/engagement-measure.ts';
import { pct, type AuthenticityCheck, type AuthenticityReason } from './authenticity-reason.ts';

export interface Signals {
  reasons: AuthenticityReason[];
  checks: AuthenticityCheck[];
}

/** Fewer posts than this make engagement too noisy to accuse anyone. */
export const MIN_POSTS_FOR_ER_SIGNAL = 3;

/** ER far below the tier band (under half its low end) costs 35 points; merely below it, 12. */
export function erSignals(er: EngagementMeasure, band: Band, label: string): Signals {
  if (er.value === null || er.posts_used < MIN_POSTS_FOR_ER_SIGNAL) {
    return {
      reasons: [],
      checks: [
        {
          signal: 'engagement vs tier band',
          status: 'unavailable',
          detail: er.reason ?? `only ${er.posts_used} posts`,
        },
      ],
    };
  }
  const bandLabel = { ...band, label: `er_followers, ${label}` };
  const range = `${pct(band.low)}–${pct(band.high)}`;
  if (er.value < band.low / 2) {
    return {
      reasons: [
        {
          code: 'er_far_below_band',
          value: er.value,
          band: bandLabel,
          penalty: 35,
          message: `Engagement ${pct(er.value, 2)} (er_followers over ${er.posts_used} posts) is far below the ${range} usual for ${label} creators: many followers do not engage (inactive or bought).`,
        },
      ],
      checks: [
        { signal: 'engagement vs tier band', status: 'fail', detail: `${pct(er.value, 2)} < half of ${pct(band.low)}` },
      ],
    };
  }
  if (er.value < band.low) {
    return {
      reasons: [
        {
          code: 'er_below_band',
          value: er.value,
          band: bandLabel,
          penalty: 12,
          message: `Engagement ${pct(er.value, 2)} (er_followers over ${er.posts_used} posts) is below the ${range} usual for ${label} creators.`,
        },
      ],
      checks: [{ signal: 'engagement vs tier band', status: 'fail', detail: `${pct(er.value, 2)} < ${pct(band.low)}` }],
    };
  }
  return {
    reasons: [],
    checks: [
      { signal: 'engagement vs tier band', status: 'pass', detail: `${pct(er.value, 2)} within or above ${range}` },
    ],
  };
}
