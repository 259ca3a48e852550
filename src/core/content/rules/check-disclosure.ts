import { extractTags } from '../../creators/extract-tags.ts';
import { detectSponsored } from '../../vetting/sponsored/detect-sponsored.ts';
import type { CheckedPost, RuleResult } from './rule-result.ts';

/** Disclosure present: the platform's paid-partnership flag or a marker of the one multilingual list. */
export function checkDisclosure(post: CheckedPost): RuleResult {
  const verdict = detectSponsored({
    isPaidPartnership: post.isPaidPartnership,
    caption: post.caption,
    hashtags: post.caption ? extractTags(post.caption).hashtags : [],
  });
  if (verdict.sponsored)
    return { rule: 'disclosure', result: 'pass', evidence: verdict.evidence.join(', '), reason: 'disclosure found' };
  if (post.caption === null && post.isPaidPartnership === null)
    return {
      rule: 'disclosure',
      result: 'unknown',
      evidence: null,
      reason: 'neither the caption nor the platform label is known',
    };
  return {
    rule: 'disclosure',
    result: 'fail',
    evidence: null,
    reason: 'no disclosure marker and no paid-partnership label',
  };
}
