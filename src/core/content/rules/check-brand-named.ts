import { extractTags } from '../../creators/extract-tags.ts';
import { brandMentionEvidence } from '../brand-mention.ts';
import type { CheckedPost, RuleResult } from './rule-result.ts';

/**
 * Brand handle or hashtag present: at least one of the deliverable's handles (as an @mention) or hashtags (whole
 * tag, case-insensitive), or a mention the platform itself reported (tags edge, mentioned_media, story mention),
 * which passes even when the caption names nothing. Null when the deliverable names none (no such rule).
 */
export function checkBrandNamed(post: CheckedPost, handles: string[], hashtags: string[]): RuleResult | null {
  if (handles.length === 0 && hashtags.length === 0) return null;
  const wanted = [...handles, ...hashtags].join(', ');
  const tags = post.caption === null ? null : extractTags(post.caption);
  const found = tags
    ? [
        ...handles.filter((h) => tags.mentions.includes(h.slice(1).normalize('NFC').toLowerCase())),
        ...hashtags.filter((h) => tags.hashtags.includes(h.slice(1).normalize('NFC').toLowerCase())),
      ]
    : [];
  if (found.length > 0)
    return { rule: 'brand_named', result: 'pass', evidence: found.join(', '), reason: 'brand named' };
  if (post.brandMention)
    return {
      rule: 'brand_named',
      result: 'pass',
      evidence: brandMentionEvidence(post.brandMention, handles),
      reason: 'brand mentioned on the platform',
    };
  if (post.caption === null)
    return {
      rule: 'brand_named',
      result: 'unknown',
      evidence: null,
      reason: `the caption is not known (wanted ${wanted})`,
    };
  return { rule: 'brand_named', result: 'fail', evidence: null, reason: `none of ${wanted} in the caption` };
}
