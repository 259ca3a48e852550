// Who a demo creator is: niche, tier, country, language, name, accounts and the knobs of their
// behaviour (cadence, engagement, sponsorships, replies) and any planted problem. A pure function
// of (seed, index): creators are planned one at a time, so a million never sit in memory.
import type { Platform } from '../storage/schema.ts';
import { centralEngagementRate, ER_BANDS } from './engagement-model.ts';
import { NICHES, type Niche } from './niches.ts';
import {
  LOG10_FOLLOWERS_QUANTILES,
  LOG10_FOLLOWING_QUANTILES,
  LOG10_POSTS_QUANTILES,
  QUANTILE_PROBS,
  TIER_MIX,
} from './priors.ts';
import { PROBLEM_SHARES, PROBLEMS, type Problem } from './problems.ts';
import { createRandom, STREAM, type Random } from './random.ts';
import { quantileRank, sampleQuantiles } from './sample-quantiles.ts';
import { TIER_BOUNDS, tierOf, type Tier } from './tiers.ts';
import type { Language } from './vocabulary/languages.ts';
import { NAMES } from './vocabulary/names.ts';
import { PLACES } from './vocabulary/places.ts';
import { pickerOf, weightedPicker } from './weighted-picker.ts';

export interface AccountPlan {
  slot: number;
  platform: Platform;
  followers: number;
  /** null on YouTube, which does not show whom a channel follows. */
  following: number | null;
  /** Lifetime posts as the profile shows them (raised later if the generated history needs more). */
  postsCount: number;
  tier: Tier;
  isVerified: boolean;
  /** ER by followers of this account's posts, before per-post noise. */
  er: number;
  /** Likes per comment (20–80 normally; far fewer in an engagement pod). */
  likesPerComment: number;
  postsPerWeek: number;
  /** Connected to microreach (about 20 % of main accounts): its audience is verified and its posts carry reach and saves. */
  connected: boolean;
}

export interface CreatorPlan {
  seed: number;
  index: number;
  niche: Niche;
  /** Tier of the main account. */
  tier: Tier;
  problem: Problem | null;
  female: boolean;
  country: string;
  language: Language;
  nameGroup: string;
  firstName: string;
  lastName: string;
  hasEmail: boolean;
  accounts: AccountPlan[];
  /** Share of sponsored posts the creator aims for. */
  sponsoredShare: number;
  /** Chance that an organic post tags a brand without any disclosure. */
  undisclosedRate: number;
  /** Share of audience comments the creator answers. */
  replyRate: number;
  pinnedPosts: number;
  /** Days since the last post when the creator went quiet (0 for active creators). */
  quietDays: number;
  /** bought_followers: the day-over-day jumps, and how far real engagement lags behind the count. */
  bought: { jumps: { daysAgo: number; size: number }[]; engagementFactor: number } | null;
}

const pickNiche = weightedPicker(
  NICHES,
  NICHES.map((n) => n.weight),
);
const pickCountry = pickerOf(Object.fromEntries(Object.entries(PLACES).map(([code, p]) => [code, p.weight])));
const pickPrimary = pickerOf<Platform>({ instagram: 0.8, tiktok: 0.13, youtube: 0.07 });
const tierPickers = new Map<string, (rng: Random) => Tier>();
const pickTier = (niche: Niche) => {
  let picker = tierPickers.get(niche.kim);
  if (!picker) tierPickers.set(niche.kim, (picker = pickerOf(TIER_MIX[niche.kim])));
  return picker;
};

// Real influencers often follow thousands of accounts (31 % of Kim's follow over 1,500), but
// "following > 1,500" is a fake-follower signal the product reports. Clean demo creators draw
// from the part of Kim's distribution under it, so that vetting finds nothing on them.
const CLEAN_FOLLOWING_MAX = 1_400;

export function planCreator(seed: number, index: number): CreatorPlan {
  const rng = createRandom(seed, index, STREAM.profile);
  const niche = pickNiche(rng);
  const tier = pickTier(niche)(rng);
  const country = pickCountry(rng);
  const place = PLACES[country]!;
  const language: Language = rng.chance(place.local) ? place.language : 'en';
  const female = rng.chance(niche.femaleCreators);
  const primary = pickPrimary(rng);
  const problem = drawProblem(rng, primary);

  const followers = drawFollowers(rng, tier);
  const bought = problem === 'bought_followers' ? drawPurchase(rng) : null;
  const accounts: AccountPlan[] = [planAccount(rng, 0, primary, followers, tier, problem, bought !== null)];
  if (rng.chance(0.15)) {
    const second: Platform = primary === 'instagram' ? (rng.chance(0.6) ? 'tiktok' : 'youtube') : 'instagram';
    const secondFollowers = Math.max(1_000, Math.round(followers * rng.lognormal(0.3, 0.9)));
    accounts.push(planAccount(rng, 1, second, secondFollowers, tierOf(secondFollowers), null, false));
  }

  const pool = NAMES[place.names]!;
  const connected = rng.chance(0.2);
  accounts[0]!.connected = connected;
  return {
    seed,
    index,
    niche,
    tier,
    problem,
    female,
    country,
    language,
    nameGroup: place.names,
    firstName: rng.pick(female ? pool.female : pool.male),
    lastName: rng.pick(pool.last),
    hasEmail: rng.chance(0.6),
    accounts,
    sponsoredShare:
      problem === 'heavy_advertiser'
        ? rng.range(0.45, 0.7)
        : rng.chance(0.3)
          ? 0
          : Math.min(0.2, rng.lognormal(0.07, 0.6)),
    undisclosedRate: problem !== 'heavy_advertiser' && rng.chance(0.3) ? rng.range(0.02, 0.08) : 0,
    replyRate: drawReplyRate(rng, tier),
    pinnedPosts: primary !== 'youtube' && rng.chance(0.25) ? rng.int(1, 3) : 0,
    quietDays: problem === 'inactive' ? rng.int(62, 150) : 0,
    bought,
  };
}

function drawProblem(rng: Random, primary: Platform): Problem | null {
  let u = rng.next();
  for (const p of PROBLEMS) {
    u -= PROBLEM_SHARES[p];
    if (u < 0) return p === 'hidden_likes' && primary !== 'instagram' ? null : p;
  }
  return null;
}

function drawFollowers(rng: Random, tier: Tier): number {
  const x = sampleQuantiles(QUANTILE_PROBS, LOG10_FOLLOWERS_QUANTILES[tier], rng.next());
  const { min, max } = TIER_BOUNDS[tier];
  return Math.min(Math.max(Math.round(10 ** x), min), max === Number.POSITIVE_INFINITY ? 1e9 : max - 1);
}

function drawPurchase(rng: Random): NonNullable<CreatorPlan['bought']> {
  const first = rng.int(25, 150);
  const jumps = [{ daysAgo: first, size: rng.range(0.18, 0.6) }];
  if (rng.chance(0.4)) jumps.push({ daysAgo: rng.int(8, first - 15), size: rng.range(0.15, 0.5) });
  // Likes come from the real audience, which was already smaller than the count before the window
  // (earlier purchases), so ER sits far below the band even right before the visible jump.
  return { jumps, engagementFactor: rng.range(0.35, 0.55) };
}

function drawReplyRate(rng: Random, tier: Tier): number {
  if (rng.chance(0.1)) return 0;
  const typical = { nano: 0.45, micro: 0.38, mid: 0.2, macro: 0.08, mega: 0.03 }[tier];
  return Math.min(0.9, typical * rng.lognormal(1, 0.55));
}

function planAccount(
  rng: Random,
  slot: number,
  platform: Platform,
  followers: number,
  tier: Tier,
  problem: Problem | null,
  bought: boolean,
): AccountPlan {
  const followingTable = LOG10_FOLLOWING_QUANTILES[tier];
  const cleanLimit = quantileRank(QUANTILE_PROBS, followingTable, Math.log10(1 + CLEAN_FOLLOWING_MAX));
  const following =
    platform === 'youtube'
      ? null
      : bought && rng.chance(0.8)
        ? Math.round(10 ** rng.range(Math.log10(2_000), Math.log10(7_500)))
        : Math.min(
            CLEAN_FOLLOWING_MAX,
            Math.round(10 ** sampleQuantiles(QUANTILE_PROBS, followingTable, rng.next() * cleanLimit) - 1),
          );
  const lifetime = Math.round(10 ** sampleQuantiles(QUANTILE_PROBS, LOG10_POSTS_QUANTILES[tier], rng.next()) - 1);
  const band = ER_BANDS[tier];
  const er = Math.min(
    band.hi * 0.9,
    Math.max(band.lo * 1.1, centralEngagementRate(tier, followers) * rng.lognormal(1, 0.15)),
  );
  const pod = problem === 'engagement_pod' && slot === 0;
  const cadence = { instagram: [2.5, 0.5, 10], tiktok: [4, 0.5, 14], youtube: [1, 0.5, 3] }[platform] as [
    number,
    number,
    number,
  ];
  let postsPerWeek = Math.min(cadence[2], Math.max(cadence[0] / 5, rng.lognormal(cadence[0], cadence[1])));
  // A heavy advertiser posts often enough for 90 days to hold a dozen posts or more.
  if (problem === 'heavy_advertiser') postsPerWeek = Math.max(postsPerWeek, rng.range(1.8, 3.5));
  return {
    slot,
    platform,
    followers,
    following,
    postsCount:
      platform === 'youtube'
        ? Math.max(20, Math.round(lifetime / 6))
        : platform === 'tiktok'
          ? Math.round(lifetime * 0.6)
          : lifetime,
    tier,
    isVerified: rng.chance({ nano: 0.002, micro: 0.01, mid: 0.06, macro: 0.3, mega: 0.7 }[tier]),
    er,
    likesPerComment: pod ? rng.range(3, 8) : Math.min(80, Math.max(20, rng.lognormal(38, 0.35))),
    postsPerWeek,
    connected: false,
  };
}
