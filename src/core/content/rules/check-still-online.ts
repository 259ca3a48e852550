import { isoMillis } from '../../time/iso-millis.ts';
import type { CheckedPost, RuleResult } from './rule-result.ts';

const DAY = 86_400_000;

/**
 * Not deleted before the agreed time: fail when deleted before posted + days; pass when deleted only after it, or
 * seen online at or after it; otherwise unknown (the period is still running, or nobody has looked since).
 */
export function checkStillOnline(post: CheckedPost, minOnlineDays: number): RuleResult {
  if (!post.postedAt)
    return { rule: 'still_online', result: 'unknown', evidence: null, reason: 'the posting time is not known' };
  const untilMs = isoMillis(post.postedAt) + minOnlineDays * DAY;
  const until = new Date(untilMs).toISOString();
  if (post.deletedAt) {
    const evidence = `deleted ${post.deletedAt}; agreed online until ${until}`;
    return isoMillis(post.deletedAt) < untilMs
      ? { rule: 'still_online', result: 'fail', evidence, reason: `deleted before the agreed ${minOnlineDays} days` }
      : {
          rule: 'still_online',
          result: 'pass',
          evidence,
          reason: `deleted only after the agreed ${minOnlineDays} days`,
        };
  }
  if (post.lastSeenAt && isoMillis(post.lastSeenAt) >= untilMs)
    return {
      rule: 'still_online',
      result: 'pass',
      evidence: `seen online ${post.lastSeenAt}`,
      reason: `online for the agreed ${minOnlineDays} days`,
    };
  return {
    rule: 'still_online',
    result: 'unknown',
    evidence: post.lastSeenAt ? `last seen online ${post.lastSeenAt}` : null,
    reason: `must stay online until ${until}; not yet confirmed`,
  };
}
