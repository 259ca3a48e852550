// A campaign's content, pure: every creator's deliverables with their state and matched posts, each post with its
// rule results and latest metrics, the counts the campaign shows (due, late, posted, failing) and the
// gifted-but-not-posted rate. Plain rows in (services/content/load-campaign-content.ts), plain data out.
import type { DealStatus } from '../shared/deal-status.ts';
import type { BrandMention } from './brand-mention.ts';
import type { DealTerms } from './deal-terms.ts';
import { deliverableState, type DeliverableState } from './deliverable-status.ts';
import { giftedNotPostedRate } from './gifted-not-posted.ts';
import { checkDeliverableRules, overallOutcome } from './rules/check-deliverable-rules.ts';
import type { RuleOutcome, RuleResult } from './rules/rule-result.ts';

export interface ContentEnrollment {
  enrollmentId: number;
  creator: string;
  dealStatus: DealStatus;
  giftedMinor: number;
  linkKey: string | null;
  code: string | null;
  terms: DealTerms;
}

export interface ContentPostRow {
  id: number;
  enrollmentId: number;
  deliverableIndex: number | null;
  kind: 'post' | 'story';
  url: string;
  caption: string | null;
  postedAt: string | null;
  isPaidPartnership: boolean | null;
  source: string;
  deletedAt: string | null;
  lastSeenAt: string | null;
  /** A story she uploaded from her portal: the file's type and whether her insights screenshot came with it. */
  upload: { mediaType: string; insights: boolean } | null;
  brandMention: BrandMention | null;
  metrics: {
    likes: number | null;
    comments: number | null;
    views: number | null;
    impressions: number | null;
    reach: number | null;
    replies: number | null;
    linkClicks: number | null;
    observedAt: string;
  } | null;
}

export interface CheckedContentPost extends ContentPostRow {
  outcome: RuleOutcome | null;
  rules: RuleResult[];
}

export function campaignContent(input: {
  campaign: { startsOn: string | null; endsOn: string | null };
  enrollments: ContentEnrollment[];
  posts: ContentPostRow[];
  now: string;
}) {
  const counts: Record<DeliverableState, number> = { due: 0, late: 0, posted: 0, failing: 0 };
  const giftRows: { giftedMinor: number; dealStatus: DealStatus; postsInWindow: number }[] = [];
  const unmatched: CheckedContentPost[] = [];
  const creators = input.enrollments.map((e) => {
    const ctx = {
      linkPath: e.linkKey ? `/r/${e.linkKey}` : null,
      code: e.code,
      campaignStartsOn: input.campaign.startsOn,
      campaignEndsOn: input.campaign.endsOn,
    };
    const own = input.posts.filter((p) => p.enrollmentId === e.enrollmentId);
    let postsInWindow = 0;
    const deliverables = e.terms.deliverables.map((d, index) => {
      const posts: CheckedContentPost[] = own
        .filter((p) => p.deliverableIndex === index)
        .map((p) => {
          const rules = checkDeliverableRules(p, d, ctx);
          if (rules.some((r) => r.rule === 'in_window' && r.result === 'pass')) postsInWindow += 1;
          return { ...p, outcome: overallOutcome(rules), rules };
        });
      const dueOn = d.due_on ?? input.campaign.endsOn;
      const state = deliverableState(
        d,
        dueOn,
        posts.map((p) => p.outcome!),
        input.now,
      );
      counts[state] += 1;
      return {
        index,
        ...d,
        due_on: dueOn,
        window_start: d.window_start ?? input.campaign.startsOn,
        state,
        posted: posts.length,
        posts,
      };
    });
    for (const p of own)
      if (p.deliverableIndex === null || p.deliverableIndex >= e.terms.deliverables.length)
        unmatched.push({ ...p, outcome: null, rules: [] });
    giftRows.push({ giftedMinor: e.giftedMinor, dealStatus: e.dealStatus, postsInWindow });
    return { enrollment_id: e.enrollmentId, creator: e.creator, deal_status: e.dealStatus, deliverables };
  });
  return {
    creators,
    unmatched_posts: unmatched,
    deliverables: counts,
    gifted_not_posted: giftedNotPostedRate(giftRows),
  };
}

export type CampaignContent = ReturnType<typeof campaignContent>;
