// Terms for a deal the brand has not written structured terms for yet: one deliverable per label the enrollment
// carries ("1 reel", "2 stories"), its type read from the label's words, disclosure required, the campaign's dates.
// A label that names no known type is a feed post; no label at all gives one feed post.
import type { DealTerms, DeliverableType } from './deal-terms.ts';

const WORDS: [RegExp, DeliverableType][] = [
  [/\bstor(y|ies)\b/i, 'story'],
  [/\b(reels?|shorts?|tiktoks?)\b/i, 'reel'],
  [/\bvideos?\b|\byoutube\b/i, 'video'],
];

export function defaultTerms(labels: string[]): DealTerms {
  const list = labels.length > 0 ? labels : ['1 feed post'];
  return {
    deliverables: list.map((label) => ({
      type: WORDS.find(([re]) => re.test(label))?.[1] ?? 'feed_post',
      count: Math.min(50, Math.max(1, Number(/^\s*(\d+)/.exec(label)?.[1] ?? 1))),
      window_start: null,
      due_on: null,
      require_disclosure: true,
      brand_handles: [],
      hashtags: [],
      require_link: false,
      require_code: false,
      min_online_days: null,
    })),
    usage_rights: { organic: false, paid_ads: false, days: null },
    exclusivity: null,
    notes: null,
  };
}
