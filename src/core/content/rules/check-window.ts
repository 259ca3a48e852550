import { isoMillis } from '../../time/iso-millis.ts';
import type { CheckedPost, RuleResult } from './rule-result.ts';

const DAY = 86_400_000;

/** Posted inside the window: from the start date 00:00 UTC to the end of the due date (inclusive); open ends allowed. */
export function checkWindow(post: CheckedPost, from: string | null, to: string | null): RuleResult {
  if (!post.postedAt)
    return { rule: 'in_window', result: 'unknown', evidence: null, reason: 'the posting time is not known' };
  const at = isoMillis(post.postedAt);
  const evidence = `posted ${new Date(at).toISOString()}; window ${from ?? 'open'} – ${to ?? 'open'}`;
  if (from && at < isoMillis(`${from}T00:00:00Z`))
    return { rule: 'in_window', result: 'fail', evidence, reason: 'posted before the window opened' };
  if (to && at >= isoMillis(`${to}T00:00:00Z`) + DAY)
    return { rule: 'in_window', result: 'fail', evidence, reason: 'posted after the due date' };
  return { rule: 'in_window', result: 'pass', evidence, reason: 'posted inside the window' };
}
