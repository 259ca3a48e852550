import { groupBy } from '../../core/group-by.ts';
import type { AccountFacts, CommentFacts, KnownProfile } from '../../core/vetting/account-facts.ts';
import type { AudienceDistribution } from '../../core/vetting/audience-summary.ts';
import type { DB } from '../connect.ts';
import { fromJsonArray } from '../creators/json-columns.ts';
import { selectInChunks } from '../in-chunks.ts';
import type { Account } from '../schema.ts';

/** Enough recent posts per account for every window (90 days of a prolific account, the last 12, 60 days of 50). */
export const FACT_POSTS = 300;
/** Comments are read for posts of the last 120 days (the reply-rate window is 90). */
export const COMMENT_DAYS = 120;
const POST_COLUMNS = [
  'id',
  'account_id',
  'posted_at',
  'type',
  'likes',
  'comments',
  'views',
  'is_paid_partnership',
  'caption',
  'title',
  'hashtags',
  'mentions',
  'tagged_brands',
] as const;

export interface LoadedAccount {
  account: Account;
  facts: AccountFacts;
  audiences: AudienceDistribution[];
}

/** Everything vetting needs about one account. Comments are null when none at all are stored for it. */
export async function loadAccountFacts(
  db: DB,
  accountId: number,
  now = new Date(),
): Promise<LoadedAccount | undefined> {
  return (await loadAccountFactsBatch(db, [accountId], now))[0];
}

export interface LoadFactsOptions {
  /** false: leave the audience distributions out (empty); a metrics refresh stores nothing of them. */
  audiences?: boolean;
}

/** The same for many accounts with a handful of queries (used by bulk metric refreshes). */
export async function loadAccountFactsBatch(
  db: DB,
  accountIds: readonly number[],
  now = new Date(),
  options: LoadFactsOptions = {},
): Promise<LoadedAccount[]> {
  if (accountIds.length === 0) return [];
  const ids = [...accountIds];
  const commentsSince = new Date(now.getTime() - COMMENT_DAYS * 86_400_000).toISOString();
  const [accounts, history, posts, audiences] = await Promise.all([
    selectInChunks(ids, (chunk) => db.selectFrom('accounts').selectAll().where('id', 'in', chunk).execute()),
    selectInChunks(ids, (chunk) =>
      db
        .selectFrom('account_snapshots')
        .select(['account_id', 'observed_at', 'followers'])
        .where('account_id', 'in', chunk)
        .where('followers', 'is not', null)
        .orderBy('account_id')
        .orderBy('observed_at')
        .execute(),
    ),
    selectInChunks(ids, (chunk) =>
      db
        .selectFrom('posts')
        // Only what the facts carry: a million-account refresh reads ~14M posts, and the unused
        // text columns (ids, permalinks, sources, timestamps) were a good part of reading them.
        .select(POST_COLUMNS)
        .where('account_id', 'in', chunk)
        // The (account_id, posted_at) index gives this order without sorting; each account's posts
        // past FACT_POSTS are dropped below. A row_number() window cut them in SQL, but computing it
        // (and sorting its output again) cost three times the reading itself.
        .orderBy('account_id')
        .orderBy('posted_at', 'desc')
        .execute(),
    ).then(newestPerAccount),
    options.audiences === false
      ? []
      : selectInChunks(ids, (chunk) =>
          db.selectFrom('audiences').selectAll().where('account_id', 'in', chunk).execute(),
        ),
  ]);
  const recentPostIds = posts.filter((p) => p.posted_at >= commentsSince).map((p) => p.id);
  const [comments, segments, anyComment] = await Promise.all([
    selectInChunks(recentPostIds, (chunk) =>
      db
        .selectFrom('comments')
        .select(['post_id', 'external_id', 'author_handle', 'text', 'commented_at', 'reply_to', 'by_creator'])
        .where('post_id', 'in', chunk)
        .execute(),
    ),
    selectInChunks(
      audiences.map((a) => a.id),
      (chunk) =>
        db
          .selectFrom('audience_segments')
          .select(['audience_id', 'key', 'share'])
          .where('audience_id', 'in', chunk)
          .orderBy('audience_id')
          .orderBy('share', 'desc')
          .execute(),
    ),
    // Whether comment data exists at all for an account, even outside the window.
    selectInChunks(ids, (chunk) =>
      db
        .selectFrom('comments')
        .innerJoin('posts', 'posts.id', 'comments.post_id')
        .select('posts.account_id')
        .where('posts.account_id', 'in', chunk)
        .groupBy('posts.account_id')
        .execute(),
    ),
  ]);
  const withComments = new Set(anyComment.map((r) => r.account_id));
  const profiles = await loadCommenterProfiles(db, accounts, comments, posts);
  const historyBy = groupBy(history, (h) => h.account_id);
  const postsBy = groupBy(posts, (p) => p.account_id);
  const postAccount = new Map(posts.map((p) => [p.id, p.account_id]));
  const commentsBy = groupBy(comments, (c) => postAccount.get(c.post_id)!);
  const audiencesBy = groupBy(audiences, (a) => a.account_id);
  const segmentsBy = groupBy(segments, (s) => s.audience_id);

  const byId = new Map(accounts.map((a) => [a.id, a]));
  return ids.flatMap((id) => {
    const account = byId.get(id);
    if (!account) return [];
    const accountComments: CommentFacts[] = (commentsBy.get(id) ?? []).map((c) => ({
      postId: String(c.post_id),
      externalId: c.external_id,
      authorHandle: c.author_handle,
      text: c.text,
      commentedAt: c.commented_at,
      replyTo: c.reply_to,
      byCreator: c.by_creator === 1,
    }));
    return [
      {
        account,
        facts: {
          platform: account.platform,
          handle: account.handle,
          followers: account.followers,
          following: account.following,
          history: (historyBy.get(id) ?? []).map((h) => ({ observedAt: h.observed_at, followers: h.followers! })),
          posts: (postsBy.get(id) ?? []).map((p) => ({
            id: String(p.id),
            postedAt: p.posted_at,
            type: p.type,
            likes: p.likes,
            comments: p.comments,
            views: p.views,
            isPaidPartnership: p.is_paid_partnership === null ? null : p.is_paid_partnership === 1,
            caption: p.caption,
            title: p.title,
            hashtags: stringList(p.hashtags),
            mentions: stringList(p.mentions),
            taggedBrands: stringList(p.tagged_brands),
          })),
          comments: withComments.has(id) ? accountComments : null,
          knownProfiles: profiles.get(id) ?? [],
        },
        audiences: (audiencesBy.get(id) ?? []).map((a) => ({
          dimension: a.dimension,
          source: a.source,
          origin: a.origin,
          sample_size: a.sample_size,
          as_of: a.as_of,
          segments: (segmentsBy.get(a.id) ?? []).map(({ key, share }) => ({ key, share })),
        })),
      },
    ];
  });
}

/** The first FACT_POSTS rows of each account (rows ordered by account, newest first). */
function newestPerAccount<T extends { account_id: number }>(rows: T[]): T[] {
  /** Copied only once a row is dropped: usually none is. */
  let kept: T[] | undefined;
  let account: number | undefined;
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    count = row.account_id === account ? count + 1 : 1;
    account = row.account_id;
    if (count > FACT_POSTS) kept ??= rows.slice(0, i);
    else kept?.push(row);
  }
  return kept ?? rows;
}

// Most posts mention and tag no one: their empty lists skip the JSON parser (14M posts at 1M accounts).
const stringList = (text: string | null): string[] => (text === '[]' ? [] : fromJsonArray(text));

/**
 * The known profiles (known_profiles) of each account's commenters in the window, the creator's own
 * comments left out. Handles are matched in lower case, the form imports store.
 */
async function loadCommenterProfiles(
  db: DB,
  accounts: readonly Account[],
  comments: readonly { post_id: number | bigint; author_handle: string; by_creator: number }[],
  posts: readonly { id: number | bigint; account_id: number }[],
): Promise<Map<number, KnownProfile[]>> {
  const result = new Map<number, KnownProfile[]>();
  if (comments.length === 0) return result;
  // Most installations never import commenter profiles: one cheap probe instead of the lookups.
  if (!(await db.selectFrom('known_profiles').select('handle').limit(1).executeTakeFirst())) return result;
  const platformOf = new Map(accounts.map((a) => [a.id, a.platform]));
  const accountOfPost = new Map(posts.map((p) => [Number(p.id), p.account_id]));
  const authorsBy = new Map<number, Set<string>>();
  for (const c of comments) {
    if (c.by_creator === 1) continue;
    const accountId = accountOfPost.get(Number(c.post_id));
    if (accountId === undefined) continue;
    let authors = authorsBy.get(accountId);
    if (!authors) authorsBy.set(accountId, (authors = new Set()));
    authors.add(c.author_handle.toLowerCase());
  }
  const found = new Map<string, KnownProfile>();
  for (const platform of new Set(accounts.map((a) => a.platform))) {
    const handles = [
      ...new Set([...authorsBy].filter(([id]) => platformOf.get(id) === platform).flatMap(([, set]) => [...set])),
    ];
    const rows = await selectInChunks(handles, (chunk) =>
      db
        .selectFrom('known_profiles')
        .selectAll()
        .where('platform', '=', platform)
        .where('handle', 'in', chunk)
        .execute(),
    );
    for (const r of rows) {
      found.set(`${platform}:${r.handle}`, {
        handle: r.handle,
        followers: r.followers,
        following: r.following,
        posts: r.posts_count,
        hasProfilePicture: r.has_profile_picture === null ? null : r.has_profile_picture === 1,
        isPrivate: r.is_private === null ? null : r.is_private === 1,
        bioLength: r.bio_length,
      });
    }
  }
  for (const [accountId, authors] of authorsBy) {
    const platform = platformOf.get(accountId)!;
    const known = [...authors].flatMap((h) => found.get(`${platform}:${h}`) ?? []);
    if (known.length > 0) result.set(accountId, known);
  }
  return result;
}
