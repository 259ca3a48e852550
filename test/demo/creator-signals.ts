// Test helper: the vetting signals of every demo creator, computed straight from the stored rows
// (not from the generator's internals), so the tests see what a vetting query would see.
import type { DB } from '../../src/storage/connect.ts';
import { hasDisclosure } from '../../src/demo/vocabulary/disclosures.ts';

export interface Labels {
  niche: string;
  tier: string;
  problems: string[];
  seed: number;
}

export interface CreatorSignals {
  creatorId: number;
  labels: Labels;
  platform: string;
  handle: string;
  followers: number;
  following: number | null;
  /** Largest day-over-day follower change between points exactly one day apart. */
  maxDailyJump: number;
  /** Largest change between any two consecutive points (whatever their distance). */
  maxStepJump: number;
  /** er_followers: mean (likes + comments) / followers over the last 12 posts older than 48 h; null when likes are hidden. */
  er: number | null;
  /** comments / likes over the same posts. */
  commentsPerLike: number | null;
  /** Sponsored posts (flag or disclosure marker) / posts over the last 90 days. */
  sponsoredShare90: number | null;
  posts90: number;
  daysSinceLastPost: number;
  /** Audience comments on stored threads, and the share written by authors seen on 2+ posts. */
  audienceComments: number;
  recurringShare: number;
  genericShare: number;
  hiddenLikes: boolean;
}

const DAY = 86_400_000;
const GENERIC =
  /^(nice pic 🔥|love this|amazing|great post!|wow|so cute|beautiful ❤️|nice 👍|stunning|gorgeous 😍|looks great|awesome!|love it|perfect|nice|toll! 😍|wunderschön ❤️|super 👍|mega 🔥|schön!|precioso 😍|¡qué bonito!|me encanta ❤️|top 🔥|guapísima|magnifique 😍|trop beau ❤️|j'adore|sublime|lindo demais 😍|amei ❤️|perfeita!|maravilhosa|[\p{Extended_Pictographic}\u200d\ufe0f\s]+)$/iu;

/** Signals of each demo creator's main account (its first account). */
export async function creatorSignals(db: DB, asOf: Date): Promise<CreatorSignals[]> {
  const now = asOf.getTime();
  const creators = await db
    .selectFrom('creators')
    .select(['id', 'demo'])
    .where('demo', 'is not', null)
    .orderBy('id')
    .execute();
  const accounts = await db
    .selectFrom('accounts')
    .select(['id', 'creator_id', 'platform', 'handle', 'followers', 'following'])
    .orderBy('id')
    .execute();
  const main = new Map<number, (typeof accounts)[number]>();
  for (const a of accounts) if (!main.has(a.creator_id)) main.set(a.creator_id, a);
  const mainIds = new Set([...main.values()].map((a) => a.id));

  const snapshots = groupBy(
    await db
      .selectFrom('account_snapshots')
      .select(['account_id', 'observed_at', 'followers'])
      .orderBy('account_id')
      .orderBy('observed_at')
      .execute(),
    (s) => s.account_id,
  );
  const posts = groupBy(
    (
      await db
        .selectFrom('posts')
        .select(['id', 'account_id', 'posted_at', 'likes', 'comments', 'caption', 'is_paid_partnership'])
        .orderBy('account_id')
        .orderBy('posted_at', 'desc')
        .execute()
    ).filter((p) => mainIds.has(p.account_id)),
    (p) => p.account_id,
  );
  const postAccount = new Map<number, number>();
  for (const [accountId, list] of posts) for (const p of list) postAccount.set(p.id, accountId);
  const comments = groupBy(
    (
      await db
        .selectFrom('comments')
        .select(['post_id', 'author_handle', 'text', 'by_creator'])
        .where('by_creator', '=', 0)
        .execute()
    ).filter((c) => postAccount.has(c.post_id)),
    (c) => postAccount.get(c.post_id)!,
  );

  return creators.map((c) => {
    const a = main.get(c.id)!;
    const history = snapshots.get(a.id) ?? [];
    let maxDailyJump = 0;
    let maxStepJump = 0;
    for (let i = 1; i < history.length; i++) {
      const prev = history[i - 1]!;
      const cur = history[i]!;
      const change = Math.abs(cur.followers! - prev.followers!) / prev.followers!;
      maxStepJump = Math.max(maxStepJump, change);
      if (Date.parse(cur.observed_at) - Date.parse(prev.observed_at) === DAY)
        maxDailyJump = Math.max(maxDailyJump, change);
    }
    const list = posts.get(a.id) ?? [];
    const settled = list.filter((p) => now - Date.parse(p.posted_at) > 2 * DAY).slice(0, 12);
    const hidden = list.length > 0 && list.every((p) => p.likes === null);
    const likes = settled.reduce((s, p) => s + (p.likes ?? 0), 0);
    const commentCount = settled.reduce((s, p) => s + (p.comments ?? 0), 0);
    const recent = list.filter((p) => now - Date.parse(p.posted_at) <= 90 * DAY);
    const sponsored = recent.filter((p) => p.is_paid_partnership === 1 || hasDisclosure(p.caption)).length;
    const threads = comments.get(a.id) ?? [];
    const postsByAuthor = new Map<string, Set<number>>();
    for (const t of threads)
      (postsByAuthor.get(t.author_handle) ?? postsByAuthor.set(t.author_handle, new Set()).get(t.author_handle)!).add(
        t.post_id,
      );
    const recurring = threads.filter((t) => postsByAuthor.get(t.author_handle)!.size >= 2).length;
    return {
      creatorId: c.id,
      labels: JSON.parse(c.demo!) as Labels,
      platform: a.platform,
      handle: a.handle,
      followers: a.followers!,
      following: a.following,
      maxDailyJump,
      maxStepJump,
      er:
        hidden || settled.length === 0
          ? null
          : settled.reduce((s, p) => s + ((p.likes ?? 0) + (p.comments ?? 0)) / a.followers!, 0) / settled.length,
      commentsPerLike: hidden || likes === 0 ? null : commentCount / likes,
      sponsoredShare90: recent.length ? sponsored / recent.length : null,
      posts90: recent.length,
      daysSinceLastPost: list.length ? (now - Date.parse(list[0]!.posted_at)) / DAY : Number.POSITIVE_INFINITY,
      audienceComments: threads.length,
      recurringShare: threads.length ? recurring / threads.length : 0,
      genericShare: threads.length ? threads.filter((t) => GENERIC.test(t.text.trim())).length / threads.length : 0,
      hiddenLikes: hidden,
    };
  });
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : Number.NaN;
};

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
