// Turns creator number `index` into rows: the creator, its workspace membership, its accounts with
// follower history, posts, post snapshots, comment threads and audiences. Everything comes from
// the (seed, index) random streams, `asOf` and the creator's handle, and ids come from fixed
// per-account blocks, so the same inputs give the same rows whoever makes them and in what order.
import { maturity } from './engagement-model.ts';
import { accountExternalId } from './external-ids.ts';
import { generateAudiences } from './generate-audiences.ts';
import { generateComments, pickCommenters } from './generate-comments.ts';
import { generatePosts, type DemoPost } from './generate-posts.ts';
import { isoTime } from './iso-time.ts';
import { makeEmail } from './make-email.ts';
import type { ModeRules } from './modes.ts';
import { planCreator, type AccountPlan, type CreatorPlan } from './plan-creator.ts';
import { createRandom, mix32, STREAM, type Random } from './random.ts';
import type { RowBuffers } from './row-buffers.ts';
import { HISTORY_DAYS, postsNewerThan, schedulePosts } from './schedule-posts.ts';
import { simulateFollowerHistory } from './simulate-follower-history.ts';
import { writeBio } from './write-bio.ts';

/** The first id of each table for this run (one more than the largest in use). */
export interface IdBase {
  creator: number;
  account: number;
  snapshot: number;
  post: number;
  postSnapshot: number;
  comment: number;
  audience: number;
}

export interface BuildContext {
  seed: number;
  asOf: number;
  mode: ModeRules;
  base: IdBase;
  buffers: RowBuffers;
}

const DAY = 86_400_000;

/** Appends creator `index`'s rows to `ctx.buffers`; `handle` comes from assignHandles. */
export function buildCreator(ctx: BuildContext, index: number, handle: string): void {
  const { seed } = ctx;
  const v = ctx.buffers.values;
  const plan = planCreator(seed, index);
  const text = createRandom(seed, index, STREAM.text);
  const email = plan.hasEmail ? makeEmail(text, handle, plan.firstName, plan.lastName) : null;
  const displayName = text.chance(0.75)
    ? `${plan.firstName} ${plan.lastName}`
    : text.chance(0.6)
      ? `${plan.firstName} ${text.pick(plan.niche.words.emojis)}`
      : `${plan.firstName} ${plan.lastName.charAt(0)}.`;
  const bio = writeBio(text, plan, email);

  const creatorId = ctx.base.creator + index;
  const labels = {
    niche: plan.niche.name,
    tier: plan.tier,
    problems: plan.problem ? [plan.problem] : [],
    seed,
    asOf: isoTime(ctx.asOf).slice(0, 10),
  };
  v.creators.push(
    creatorId,
    displayName,
    email,
    plan.country,
    plan.language,
    `["${plan.niche.name}"]`,
    JSON.stringify(labels),
  );
  v.workspace_creators.push(creatorId);

  const detailed =
    ctx.mode.detailEvery <= 1 ||
    mix32(index ^ mix32(seed)) % ctx.mode.detailEvery === 0 ||
    plan.problem === 'engagement_pod';
  const partners = choosePartners(createRandom(seed, index, STREAM.posts), plan);
  for (const account of plan.accounts) {
    const accountBio = account.slot === 0 ? bio : writeBio(text, plan, email);
    buildAccount(ctx, plan, account, { creatorId, handle, displayName, bio: accountBio, partners, detailed, index });
  }
}

interface AccountContext {
  creatorId: number;
  handle: string;
  displayName: string;
  bio: string;
  partners: string[];
  detailed: boolean;
  index: number;
}

function buildAccount(ctx: BuildContext, plan: CreatorPlan, account: AccountPlan, a: AccountContext): void {
  const { seed, asOf, mode, base } = ctx;
  const { blocks } = mode;
  const v = ctx.buffers.values;
  const n = a.index * 2 + account.slot;
  const accountId = base.account + n;
  // Each account has its own streams (offset by slot), apart from the creator-level ones.
  const stream = (s: number) => createRandom(seed, a.index, s + 16 * (account.slot + 1));
  // Light mode draws a few posts past the kept ones, to choose pinned posts among older ones.
  const limit = mode.postsPerAccount;
  const timeline = schedulePosts(
    stream(STREAM.timeline),
    plan,
    account,
    asOf,
    limit === null ? blocks.posts : limit + 8,
  );
  const jumpDays =
    account.slot === 0 && plan.bought ? plan.bought.jumps.flatMap((j) => [j.daysAgo, j.daysAgo + 1]) : [];
  const days = jumpDays.length
    ? [...new Set([...mode.historyDays, ...jumpDays])].sort((x, y) => x - y)
    : mode.historyDays;
  const history = simulateFollowerHistory(stream(STREAM.history), plan, account, days);
  const rng = stream(STREAM.posts);

  // Pinned posts are older ones brought to the top; a feed read returns them with the newest.
  const all = timeline.times;
  const pinnedAt =
    plan.pinnedPosts > 0
      ? new Set(
          rng.sample(
            all.filter((t) => asOf - t > 21 * DAY),
            plan.pinnedPosts,
          ),
        )
      : EMPTY;
  const keep = limit === null ? all : all.filter((t, i) => i < limit || pinnedAt.has(t));
  const pinned = new Set<number>();
  if (pinnedAt.size) keep.forEach((t, k) => pinnedAt.has(t) && pinned.add(k));
  const posts = generatePosts(rng, {
    plan,
    account,
    handle: a.handle,
    times: keep,
    pinned,
    history,
    partners: a.partners,
    asOf,
  });

  const postsCount = Math.max(account.postsCount, postsNewerThan(timeline, asOf, HISTORY_DAYS) + 5);
  v.accounts.push(
    accountId,
    a.creatorId,
    account.platform,
    a.handle,
    accountExternalId(rng, account.platform, seed, a.index, account.slot),
    a.displayName,
    a.bio,
    rng.chance(0.3) ? `https://${a.handle.replace(/[._]/g, '')}.example` : null,
    account.isVerified ? 1 : 0,
    history.followers[0]!,
    history.following[0] ?? null,
    postsCount,
  );
  let snapshotId = base.snapshot + n * blocks.snapshots;
  for (let i = history.days.length - 1; i >= 0; i--) {
    const d = history.days[i]!;
    v.account_snapshots.push(
      snapshotId++,
      accountId,
      isoTime(asOf - d * DAY),
      history.followers[i]!,
      history.following[i] ?? null,
      postsCount - postsNewerThan(timeline, asOf, d),
    );
  }

  const firstPostId = base.post + n * blocks.posts;
  let postSnapshotId = base.postSnapshot + n * blocks.postSnapshots;
  for (let k = 0; k < posts.length; k++)
    postSnapshotId = pushPost(ctx, accountId, firstPostId + k, posts[k]!, a.detailed, postSnapshotId);

  if (a.detailed) {
    const talk = stream(STREAM.comments);
    const commenters = pickCommenters(talk, plan, account);
    const [lo, hi] = mode.maxThreads;
    let commentId = base.comment + n * blocks.comments;
    for (let k = 0; k < Math.min(mode.commentPosts, posts.length); k++) {
      for (const c of generateComments(talk, plan, account, a.handle, posts[k]!, commenters, talk.int(lo, hi), asOf)) {
        v.comments.push(
          commentId++,
          firstPostId + k,
          c.externalId,
          c.author,
          c.text,
          isoTime(c.at),
          c.replyTo,
          c.byCreator,
        );
      }
    }
  }

  if (mode.allAudiences || account.slot === 0) {
    const cities = mode.allCities || account.connected;
    let audienceId = base.audience + n * blocks.audiences;
    for (const aud of generateAudiences(stream(STREAM.audience), plan, account, { cities, minShare: mode.minShare })) {
      v.audiences.push(audienceId, accountId, aud.dimension, aud.source, aud.origin, aud.sampleSize);
      for (let i = 0; i < aud.keys.length; i++)
        v.audience_segments.push(audienceId, aud.keys[i]!, aud.shares[i]!, aud.counts[i]!);
      audienceId++;
    }
  }
}

const EMPTY: ReadonlySet<number> = new Set();

/** Writes one post (and, for detailed creators, its metric snapshots); returns the next snapshot id. */
function pushPost(
  ctx: BuildContext,
  accountId: number,
  postId: number,
  p: DemoPost,
  detailed: boolean,
  snapshotId: number,
): number {
  const v = ctx.buffers.values;
  v.posts.push(
    postId,
    accountId,
    p.externalId,
    p.type,
    isoTime(p.postedAt),
    p.title,
    p.caption,
    p.hashtagsJson,
    jsonArray(p.mentions),
    jsonArray(p.taggedBrands),
    p.permalink,
    p.likes,
    p.comments,
    p.views,
    p.impressions,
    p.reach,
    p.saves,
    p.paid,
    p.pinned,
  );
  // Posts of the last month of detailed creators: the reading a day after posting and the one at asOf.
  const age = ctx.asOf - p.postedAt;
  if (!detailed || age <= DAY || age >= 30 * DAY) return snapshotId;
  const f = maturity(24) / maturity(age / 3_600_000);
  const scaled = (x: number | null) => (x === null ? null : Math.round(x * f));
  v.post_snapshots.push(
    snapshotId,
    postId,
    isoTime(p.postedAt + DAY),
    scaled(p.likes),
    scaled(p.comments),
    scaled(p.views),
  );
  v.post_snapshots.push(snapshotId + 1, postId, isoTime(ctx.asOf), p.likes, p.comments, p.views);
  return snapshotId + 2;
}

/** JSON of a string array; the fast path covers hashtags and handles, which never need escaping. */
function jsonArray(items: readonly string[]): string {
  if (items.length === 0) return '[]';
  for (const s of items) if (s.includes('"') || s.includes('\\')) return JSON.stringify(items);
  return `["${items.join('","')}"]`;
}

/** Brands the creator works with. Heavy advertisers promote competitors side by side, rivalbrand among them. */
function choosePartners(rng: Random, plan: CreatorPlan): string[] {
  const brands = plan.niche.words.brands.filter((b) => b !== 'rivalbrand');
  if (plan.problem === 'heavy_advertiser') return ['rivalbrand', ...rng.sample(brands, rng.int(3, 5))];
  return rng.sample(brands, rng.int(1, 3));
}
