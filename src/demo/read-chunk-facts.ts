// The facts of a chunk's accounts read from the rows the chunk just made, instead of from the database
// after they are written: what loadAccountFactsBatch (storage/vetting/load-account-facts.ts) would
// return for them, value for value and in the same order, so that deriving their metrics here gives
// the rows a metrics refresh would write. Audiences are left out (a refresh reads none), and so are
// commenter profiles: the caller derives here only when known_profiles is empty.
import type { AccountFacts, CommentFacts, PostFacts } from '../core/vetting/account-facts.ts';
import { memoizeString } from '../core/memoize.ts';
import { fromJsonArray } from '../storage/creators/json-columns.ts';
import type { Account } from '../storage/schema.ts';
// The newest posts an account's facts carry, and the comment window: the database loader's, so both give the same facts.
import { COMMENT_DAYS, FACT_POSTS } from '../storage/vetting/load-account-facts.ts';
import { COLUMNS, type DemoTable, type RowBuffers, type SqlValue } from './row-buffers.ts';

export interface ChunkAccountFacts {
  account: Pick<Account, 'id' | 'bio'>;
  facts: AccountFacts;
}

const col = (table: DemoTable, name: string) => (COLUMNS[table] as readonly string[]).indexOf(name);
const A = {
  id: col('accounts', 'id'),
  platform: col('accounts', 'platform'),
  handle: col('accounts', 'handle'),
  bio: col('accounts', 'bio'),
  followers: col('accounts', 'followers'),
  following: col('accounts', 'following'),
};
const S = {
  account: col('account_snapshots', 'account_id'),
  at: col('account_snapshots', 'observed_at'),
  followers: col('account_snapshots', 'followers'),
};
const P = {
  id: col('posts', 'id'),
  account: col('posts', 'account_id'),
  type: col('posts', 'type'),
  at: col('posts', 'posted_at'),
  title: col('posts', 'title'),
  caption: col('posts', 'caption'),
  hashtags: col('posts', 'hashtags'),
  mentions: col('posts', 'mentions'),
  tagged: col('posts', 'tagged_brands'),
  likes: col('posts', 'likes'),
  comments: col('posts', 'comments'),
  views: col('posts', 'views'),
  paid: col('posts', 'is_paid_partnership'),
};
const C = {
  post: col('comments', 'post_id'),
  external: col('comments', 'external_id'),
  author: col('comments', 'author_handle'),
  text: col('comments', 'text'),
  at: col('comments', 'commented_at'),
  replyTo: col('comments', 'reply_to'),
  byCreator: col('comments', 'by_creator'),
};

/** Calls `each` with the values of every row of `table` and the offset of the row's first value. */
function forEachRow(buffers: RowBuffers, table: DemoTable, each: (values: SqlValue[], at: number) => void): void {
  const width = COLUMNS[table].length;
  for (const block of [...buffers.full[table], buffers.values[table]])
    for (let at = 0; at < block.length; at += width) each(block, at);
}

/** The facts of every account of the chunk, in account order. `now`: the world's asOf. */
export function readChunkFacts(buffers: RowBuffers, now: Date): ChunkAccountFacts[] {
  const commentsSince = new Date(now.getTime() - COMMENT_DAYS * 86_400_000).toISOString();
  const out: ChunkAccountFacts[] = [];
  const byId = new Map<number, { facts: AccountFacts; posts: { row: PostFacts; at: string; id: number }[] }>();
  forEachRow(buffers, 'accounts', (v, at) => {
    const id = v[at + A.id] as number;
    const facts: AccountFacts = {
      platform: v[at + A.platform] as AccountFacts['platform'],
      handle: v[at + A.handle] as string,
      followers: v[at + A.followers] as number | null,
      following: v[at + A.following] as number | null,
      history: [],
      posts: [],
      comments: null,
      knownProfiles: [],
    };
    out.push({ account: { id, bio: v[at + A.bio] as string | null }, facts });
    byId.set(id, { facts, posts: [] });
  });
  forEachRow(buffers, 'account_snapshots', (v, at) => {
    const followers = v[at + S.followers] as number | null;
    if (followers === null) return;
    byId.get(v[at + S.account] as number)!.facts.history.push({ observedAt: v[at + S.at] as string, followers });
  });
  const accountOfPost = new Map<number, number>();
  forEachRow(buffers, 'posts', (v, at) => {
    const id = v[at + P.id] as number;
    const accountId = v[at + P.account] as number;
    accountOfPost.set(id, accountId);
    const paid = v[at + P.paid] as number | null;
    const postedAt = v[at + P.at] as string;
    byId.get(accountId)!.posts.push({
      id,
      at: postedAt,
      row: {
        id: String(id),
        postedAt,
        type: v[at + P.type] as PostFacts['type'],
        likes: v[at + P.likes] as number | null,
        comments: v[at + P.comments] as number | null,
        views: v[at + P.views] as number | null,
        isPaidPartnership: paid === null ? null : paid === 1,
        caption: v[at + P.caption] as string | null,
        title: v[at + P.title] as string | null,
        hashtags: hashtagList(v[at + P.hashtags] as string | null),
        mentions: stringList(v[at + P.mentions] as string | null),
        taggedBrands: stringList(v[at + P.tagged] as string | null),
      },
    });
  });
  // The database returns an account's posts newest first (its (account_id, posted_at) index), and
  // its comments post by post in (post_id, external_id) order (the unique index that answers them).
  const recentPosts = new Set<number>();
  for (const { facts, posts } of byId.values()) {
    posts.sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : y.id - x.id));
    const kept = posts.length > FACT_POSTS ? posts.slice(0, FACT_POSTS) : posts;
    facts.posts = kept.map((p) => p.row);
    for (const p of kept) if (p.at >= commentsSince) recentPosts.add(p.id);
  }
  const comments: { post: number; comment: CommentFacts }[] = [];
  forEachRow(buffers, 'comments', (v, at) => {
    const post = v[at + C.post] as number;
    // Comment data exists for the account, whether or not this comment is in the window.
    const facts = byId.get(accountOfPost.get(post)!)!.facts;
    facts.comments ??= [];
    if (!recentPosts.has(post)) return;
    comments.push({
      post,
      comment: {
        postId: String(post),
        externalId: v[at + C.external] as string,
        authorHandle: v[at + C.author] as string,
        text: v[at + C.text] as string,
        commentedAt: v[at + C.at] as string,
        replyTo: v[at + C.replyTo] as string | null,
        byCreator: v[at + C.byCreator] === 1,
      },
    });
  });
  comments.sort((x, y) =>
    x.post !== y.post
      ? x.post - y.post
      : x.comment.externalId < y.comment.externalId
        ? -1
        : x.comment.externalId > y.comment.externalId
          ? 1
          : 0,
  );
  for (const { post, comment } of comments) byId.get(accountOfPost.get(post)!)!.facts.comments!.push(comment);
  for (const { facts } of byId.values())
    facts.history.sort((x, y) => (x.observedAt < y.observedAt ? -1 : x.observedAt > y.observedAt ? 1 : 0));
  return out;
}

// As load-account-facts.ts: empty lists skip the JSON parser.
const stringList = (text: string | null): string[] => (text === '[]' ? [] : fromJsonArray(text));

// Most demo posts carry one of a few hundred ready-made hashtag sets (caption-pools.ts), the same text
// each time: parsed once and shared between the posts, frozen so that no reader can change another's.
const parsedHashtags = memoizeString((text: string) => Object.freeze(fromJsonArray(text)), 20_000);
const hashtagList = (text: string | null): readonly string[] =>
  text === null || text === '[]' ? [] : parsedHashtags(text);
