import type { CommentFacts, PostFacts } from '../account-facts.ts';
import {
  COMMENT_RING_SHARE_BAND,
  GENERIC_COMMENT_SHARE_BAND,
  LIKES_PER_COMMENT_BANDS,
  type BandTier,
} from '../benchmarks.ts';
import { commentRing } from './comment-ring.ts';
import { num, pct, type AuthenticityCheck, type AuthenticityReason } from './authenticity-reason.ts';
import type { Signals } from './er-signals.ts';
import { isGenericComment } from './is-generic-comment.ts';

export const RATIO_POSTS = 12;
export const MIN_AUDIENCE_COMMENTS = 20;

/**
 * Likes per comment over the last 12 posts outside the tier band costs 10 (15 when beyond twice the
 * band); a share of generic comments above 35 % costs 15 (30 above 60 %); a comment ring writing
 * more than half of the audience comments costs 20.
 */
export function commentSignals(
  posts: PostFacts[],
  comments: CommentFacts[] | null,
  tier: BandTier,
  label: string,
): Signals {
  const reasons: AuthenticityReason[] = [];
  const checks: AuthenticityCheck[] = [];
  const counted = posts.filter((p) => p.likes !== null && p.comments !== null).slice(0, RATIO_POSTS);
  const likes = counted.reduce((s, p) => s + p.likes!, 0);
  const commentCount = counted.reduce((s, p) => s + p.comments!, 0);
  const band = LIKES_PER_COMMENT_BANDS[tier];
  if (counted.length < 3 || likes === 0) {
    checks.push({
      signal: 'likes per comment',
      status: 'unavailable',
      detail: 'too few posts with visible likes and comments',
    });
  } else {
    const ratio = commentCount === 0 ? Number.POSITIVE_INFINITY : likes / commentCount;
    const outside = ratio < band.low || ratio > band.high;
    if (outside) {
      const extreme = ratio < band.low / 2 || ratio > band.high * 2;
      const value = Number.isFinite(ratio) ? ratio : likes;
      const why =
        ratio < band.low
          ? 'unusually many comments for the likes (a sign of comment pods)'
          : 'unusually few comments for the likes (a sign of bought likes or disabled conversation)';
      reasons.push({
        code: 'likes_per_comment_outside_band',
        value,
        band: { ...band, label: `likes per comment, ${label}` },
        penalty: extreme ? 15 : 10,
        message:
          commentCount === 0
            ? `${num(likes)} likes and no comments on the last ${counted.length} posts: ${why}.`
            : `${ratio.toFixed(1)} likes per comment on the last ${counted.length} posts, outside the ${band.low}–${band.high} usual for ${label} creators: ${why}.`,
      });
    }
    checks.push({
      signal: 'likes per comment',
      status: outside ? 'fail' : 'pass',
      detail: Number.isFinite(ratio) ? ratio.toFixed(1) : 'no comments',
    });
  }

  const audience = (comments ?? []).filter((c) => !c.byCreator);
  if (comments === null || audience.length < MIN_AUDIENCE_COMMENTS) {
    checks.push({
      signal: 'generic comments',
      status: 'unavailable',
      detail:
        comments === null
          ? 'comment texts not known'
          : `${audience.length} audience comments (need ${MIN_AUDIENCE_COMMENTS})`,
    });
    return { reasons, checks };
  }
  const share = audience.filter((c) => isGenericComment(c.text)).length / audience.length;
  const generic = GENERIC_COMMENT_SHARE_BAND;
  if (share > generic.high) {
    reasons.push({
      code: 'generic_comments',
      value: share,
      band: { ...generic, label: 'share of generic comments' },
      penalty: share > 0.6 ? 30 : 15,
      message: `${pct(share, 0)} of ${num(audience.length)} audience comments are generic (emoji only or stock phrases like "nice pic"), usual is up to ${pct(generic.high, 0)}: typical of engagement pods and bots.`,
    });
  }
  checks.push({
    signal: 'generic comments',
    status: share > generic.high ? 'fail' : 'pass',
    detail: `${pct(share, 0)} of ${audience.length}`,
  });

  const ring = commentRing(audience);
  const ringBand = COMMENT_RING_SHARE_BAND;
  if (!ring) {
    checks.push({ signal: 'comment ring', status: 'unavailable', detail: 'audience comments on too few posts' });
  } else {
    if (ring.share > ringBand.high) {
      reasons.push({
        code: 'comment_ring',
        value: ring.share,
        band: { ...ringBand, label: 'share of audience comments by accounts that comment on most posts' },
        penalty: 20,
        message: `${pct(ring.share, 0)} of audience comments come from ${ring.members.length} accounts that comment on most of the last ${ring.posts} posts (${ring.members
          .slice(0, 3)
          .map((m) => '@' + m)
          .join(', ')}${ring.members.length > 3 ? ', …' : ''}): the pattern of an engagement pod.`,
      });
    }
    checks.push({
      signal: 'comment ring',
      status: ring.share > ringBand.high ? 'fail' : 'pass',
      detail: `${ring.members.length} regular commenters write ${pct(ring.share, 0)} of comments`,
    });
  }
  return { reasons, checks };
}
