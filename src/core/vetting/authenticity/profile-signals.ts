import { MASS_FOLLOWING, SUSPICIOUS_PROFILE_SHARE_BAND } from '../benchmarks.ts';
import { num, pct, type AuthenticityCheck, type AuthenticityReason } from './authenticity-reason.ts';
import type { Signals } from './er-signals.ts';

/** Fewer known profiles than this say nothing about an audience. */
export const MIN_PROFILES_CHECKED = 20;

/** Mass following (> 1,500) costs 15; a high share of suspicious known followers / commenters 15–30. */
export function profileSignals(
  following: number | null,
  profiles: { checked: number; suspicious: number } | null,
): Signals {
  const reasons: AuthenticityReason[] = [];
  const checks: AuthenticityCheck[] = [];
  if (following === null) {
    checks.push({ signal: 'mass following', status: 'unavailable', detail: 'following count unknown' });
  } else if (following > MASS_FOLLOWING) {
    reasons.push({
      code: 'mass_following',
      value: following,
      band: { low: 0, high: MASS_FOLLOWING, label: 'accounts followed' },
      penalty: 15,
      message: `Follows ${num(following)} accounts (more than ${num(MASS_FOLLOWING)}): follow-for-follow growth brings followers who do not care about the content.`,
    });
    checks.push({ signal: 'mass following', status: 'fail', detail: `${num(following)} > ${num(MASS_FOLLOWING)}` });
  } else {
    checks.push({ signal: 'mass following', status: 'pass', detail: `follows ${num(following)}` });
  }

  if (!profiles || profiles.checked < MIN_PROFILES_CHECKED) {
    checks.push({
      signal: 'suspicious followers / commenters',
      status: 'unavailable',
      detail: `${profiles?.checked ?? 0} known profiles (need ${MIN_PROFILES_CHECKED})`,
    });
    return { reasons, checks };
  }
  const share = profiles.suspicious / profiles.checked;
  const band = SUSPICIOUS_PROFILE_SHARE_BAND;
  if (share > band.high) {
    reasons.push({
      code: 'suspicious_profiles',
      value: share,
      band: { ...band, label: 'share of known followers / commenters classified fake' },
      penalty: share > 2 * band.high ? 30 : 15,
      message: `${pct(share, 0)} of ${num(profiles.checked)} known followers / commenters look fake or automated (usual: up to ${pct(band.high, 0)}).`,
    });
  }
  checks.push({
    signal: 'suspicious followers / commenters',
    status: share > band.high ? 'fail' : 'pass',
    detail: `${profiles.suspicious} of ${profiles.checked}`,
  });
  return { reasons, checks };
}
