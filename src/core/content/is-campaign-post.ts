// Which of an enrolled creator's platform posts belong to the campaign: posted inside the campaign's dates and naming
// the brand (a handle or hashtag of her deliverables), her code or her link, carrying the platform's paid-partnership
// label, or reported by the platform as a brand mention (core/content/brand-mention.ts: a tag or an @mention whose
// "@" Meta strips). Her other posts are her own and are never checked against the terms.
import { isoMillis } from '../time/iso-millis.ts';
import { extractTags } from '../creators/extract-tags.ts';
import type { BrandMention } from './brand-mention.ts';
import type { DealTerms } from './deal-terms.ts';

const DAY = 86_400_000;

export function isCampaignPost(
  post: {
    caption: string | null;
    postedAt: string;
    isPaidPartnership: boolean | null;
    brandMention?: BrandMention | null;
  },
  ctx: {
    terms: DealTerms;
    code: string | null;
    linkKey: string | null;
    startsOn: string | null;
    endsOn: string | null;
  },
): boolean {
  const at = isoMillis(post.postedAt);
  if (ctx.startsOn && at < isoMillis(`${ctx.startsOn}T00:00:00Z`)) return false;
  if (ctx.endsOn && at >= isoMillis(`${ctx.endsOn}T00:00:00Z`) + DAY) return false;
  if (post.isPaidPartnership === true || post.brandMention) return true;
  const caption = post.caption ?? '';
  const tags = extractTags(caption);
  const names = ctx.terms.deliverables.flatMap((d) => [...d.brand_handles, ...d.hashtags]);
  if (names.some((n) => (n.startsWith('@') ? tags.mentions : tags.hashtags).includes(n.slice(1).toLowerCase())))
    return true;
  const lower = caption.toLowerCase();
  if (
    ctx.code &&
    new RegExp(`(?<![\\p{L}\\p{N}_])${ctx.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'iu').test(
      caption,
    )
  )
    return true;
  return ctx.linkKey !== null && lower.includes(`/r/${ctx.linkKey.toLowerCase()}`);
}
