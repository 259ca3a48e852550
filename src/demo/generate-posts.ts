// The posts of one account: type, caption, sponsorship and the counts a platform would show.
// Likes follow the account's ER by followers at posting time, with per-post noise; sponsored
// posts do a little worse; counts of posts younger than two days are still growing.
import type { PostType } from '../storage/schema.ts';
import { maturity, TYPE_LIFT } from './engagement-model.ts';
import { permalink, postExternalId } from './external-ids.ts';
import { makePersonHandle } from './make-person-handle.ts';
import type { AccountPlan, CreatorPlan } from './plan-creator.ts';
import type { Random } from './random.ts';
import { historyAt, type FollowerHistory } from './simulate-follower-history.ts';
import { writeCaption } from './write-caption.ts';

export interface DemoPost {
  externalId: string;
  type: PostType;
  postedAt: number;
  title: string | null;
  caption: string;
  hashtags: string[];
  hashtagsJson: string;
  mentions: string[];
  taggedBrands: string[];
  permalink: string;
  likes: number | null;
  comments: number;
  views: number | null;
  impressions: number | null;
  reach: number | null;
  saves: number | null;
  paid: 0 | 1 | null;
  pinned: 0 | 1;
  sponsored: boolean;
}

export interface PostInputs {
  plan: CreatorPlan;
  account: AccountPlan;
  handle: string;
  /** Post times to generate, newest first. */
  times: number[];
  pinned: ReadonlySet<number>;
  history: FollowerHistory;
  /** Brands this creator works with (heavy advertisers: several competing ones). */
  partners: readonly string[];
  asOf: number;
}

const DAY = 86_400_000;
const NOISE = 0.28;

export function generatePosts(rng: Random, input: PostInputs): DemoPost[] {
  const { plan, account, times, history, asOf } = input;
  const sponsored = chooseSponsored(rng, plan, times, asOf);
  const pickType = typePicker(rng, plan, account);
  const meanLift = pickType.meanLift;
  const hidden = plan.problem === 'hidden_likes' && account.platform === 'instagram';
  const pod = plan.problem === 'engagement_pod' && account.slot === 0;
  const likeShare = 1 / (1 + 1 / account.likesPerComment);
  const posts: DemoPost[] = [];

  // The post that went viral just before an organic burst of followers (simulate-follower-history.ts).
  const burst = history.burst?.viralPost ? history.burst : null;
  const viral = burst
    ? times.findIndex((t) => {
        const age = Math.floor((asOf - t) / DAY);
        return age > burst.daysAgo && age <= burst.daysAgo + 3;
      })
    : -1;
  for (let k = 0; k < times.length; k++) {
    const at = times[k]!;
    const type = pickType.next();
    const isSponsored = sponsored.has(k);
    const video = type === 'reel' || type === 'video' || type === 'short';
    const ageDays = Math.floor((asOf - at) / DAY);
    const followersThen = historyAt(history, 'followers', ageDays);
    const base =
      plan.bought && account.slot === 0
        ? historyAt(history, 'organic', ageDays) * plan.bought.engagementFactor
        : followersThen;
    const grown = maturity((asOf - at) / 3_600_000);
    const expected =
      account.er *
      base *
      likeShare *
      (TYPE_LIFT[type] / meanLift) *
      Math.exp(rng.normal(0, NOISE) - (NOISE * NOISE) / 2) *
      (isSponsored ? rng.range(0.75, 0.92) : 1) *
      grown;
    const likes = Math.max(0, Math.round(expected * (k === viral ? rng.range(3, 10) : 1)));
    const comments = Math.max(0, Math.round((expected / account.likesPerComment) * rng.lognormal(1, pod ? 0.15 : 0.3)));

    let marker = false;
    let paid: 0 | 1 | null = account.platform === 'tiktok' ? null : 0;
    if (isSponsored) {
      // TikTok's flag is not visible to us, so its sponsored posts always disclose in the caption.
      const r = rng.next();
      if (account.platform === 'tiktok') marker = true;
      else if (r < 0.35) {
        paid = 1;
        marker = true;
      } else if (r < 0.6) paid = 1;
      else marker = true;
    }
    const brand = isSponsored || rng.chance(plan.undisclosedRate) ? rng.pick(input.partners) : undefined;
    const credit = rng.chance(0.12) ? makePersonHandle(rng, plan.nameGroup) : undefined;
    const text = writeCaption(rng, plan, {
      sponsor: isSponsored ? { brand: brand!, marker } : undefined,
      undisclosedBrand: isSponsored ? undefined : brand,
      credit,
      video,
    });
    const externalId = postExternalId(rng, account.platform, k);
    const [lo, hi] = VIEW_LIKE_RATE[account.platform];
    const views = video ? Math.round((likes + 1) / rng.range(lo, hi)) : null;
    const reach = account.connected
      ? Math.round(Math.max(likes * rng.range(2.5, 5), followersThen * rng.range(0.15, 0.45) * grown))
      : null;
    posts.push({
      externalId,
      type,
      postedAt: at,
      title: account.platform === 'youtube' ? text.title : null,
      caption: text.caption,
      hashtags: text.hashtags,
      hashtagsJson: text.hashtagsJson,
      mentions: text.mentions,
      taggedBrands: brand ? [brand] : [],
      permalink: permalink(rng, account.platform, input.handle, externalId, type),
      likes: hidden ? null : likes,
      comments,
      views,
      impressions: reach === null ? null : Math.round(reach * rng.range(1.1, 1.6)),
      reach,
      saves: reach === null ? null : Math.round(likes * rng.range(0.02, 0.12)),
      paid,
      pinned: input.pinned.has(k) ? 1 : 0,
      sponsored: isSponsored,
    });
  }
  return posts;
}

/** Likes per view by platform: TikTok and reels are watched by many who do not like. */
const VIEW_LIKE_RATE = { instagram: [0.04, 0.1], tiktok: [0.05, 0.12], youtube: [0.02, 0.05] } as const;

/**
 * Which posts are sponsored. Over the last 90 days the count is set exactly, so that a clean
 * creator's sponsored share stays at or under 25 % and a heavy advertiser's is above 40 % whatever
 * the noise; older posts are drawn one by one.
 */
function chooseSponsored(rng: Random, plan: CreatorPlan, times: number[], asOf: number): Set<number> {
  const recent: number[] = [];
  const older: number[] = [];
  times.forEach((t, k) => (asOf - t <= 90 * DAY ? recent : older).push(k));
  const heavy = plan.problem === 'heavy_advertiser';
  const n = recent.length;
  const k = heavy
    ? Math.min(n, Math.max(Math.ceil(plan.sponsoredShare * n), Math.floor(0.4 * n) + 1))
    : Math.min(Math.round(plan.sponsoredShare * n), Math.floor(0.25 * n));
  const chosen = new Set(rng.sample(recent, k));
  for (const i of older)
    if (rng.chance(heavy ? plan.sponsoredShare : Math.min(0.25, plan.sponsoredShare))) chosen.add(i);
  return chosen;
}

function typePicker(rng: Random, plan: CreatorPlan, account: AccountPlan): { next: () => PostType; meanLift: number } {
  let types: PostType[];
  let weights: number[];
  if (account.platform === 'instagram') {
    types = ['image', 'carousel', 'reel'];
    weights = plan.niche.instagramMix.map((w) => w * rng.lognormal(1, 0.4));
  } else if (account.platform === 'tiktok') {
    types = ['video'];
    weights = [1];
  } else {
    const shorts = rng.range(0.2, 0.6);
    types = ['short', 'video'];
    weights = [shorts, 1 - shorts];
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const meanLift = types.reduce((sum, t, i) => sum + (TYPE_LIFT[t] * weights[i]!) / total, 0);
  return {
    meanLift,
    next: () => {
      let u = rng.next() * total;
      for (let i = 0; i < types.length; i++) if ((u -= weights[i]!) < 0) return types[i]!;
      return types[types.length - 1]!;
    },
  };
}
