import { extractTags } from '../../creators/extract-tags.ts';
import type { CheckedPost, RuleResult } from './rule-result.ts';

/**
 * Brand handle or hashtag present: at least one of the deliverable's handles (as an @mention) or hashtags (whole
 * tag, case-insensitive). Null when the deliverable names none (no such rule).
 */
export function checkBrandNamed(post: CheckedPost, handles: string[], hashtags: string[]): RuleResult | null {
  if (handles.length === 0 && hashtags.length === 0) return null;
  const wanted = [...handles, ...hashtags].join(', ');
  if (post.caption === null)
    return {
      rule: 'brand_named',
      result: 'unknown',
      evidence: null,
      reason: `the caption is not known (wanted ${wanted})`,
    };
  const tags = extractTags(post.caption);
  const found = [
    ...handles.filter((h) => tags.mentions.includes(h.slice(1).normalize('NFC').toLowerCase())),
    ...hashtags.filter((h) => tags.hashtags.includes(h.slice(1).normalize('NFC').toLowerCase())),
  ];
  if (found.length > 0)
    return { rule: 'brand_named', result: 'pass', evidence: found.join(', '), reason: 'brand named' };
  return { rule: 'brand_named', result: 'fail', evidence: null, reason: `none of ${wanted} in the caption` };
}
