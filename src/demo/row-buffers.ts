// Rows waiting to be written, one flat value array per table (no object per row: a million
// creators make tens of millions of rows, and flat arrays are what a multi-row INSERT binds).
// Values the whole run shares (source "demo", the asOf timestamps, the workspace) are not stored
// per row: they are written into the INSERT text once, which also saves binding them.
export const COLUMNS = {
  creators: ['id', 'display_name', 'email', 'country', 'language', 'categories', 'demo'],
  workspace_creators: ['creator_id'],
  accounts: [
    'id',
    'creator_id',
    'platform',
    'handle',
    'external_id',
    'display_name',
    'bio',
    'website',
    'is_verified',
    'followers',
    'following',
    'posts_count',
  ],
  account_snapshots: ['id', 'account_id', 'observed_at', 'followers', 'following', 'posts_count'],
  posts: [
    'id',
    'account_id',
    'external_id',
    'type',
    'posted_at',
    'title',
    'caption',
    'hashtags',
    'mentions',
    'tagged_brands',
    'permalink',
    'likes',
    'comments',
    'views',
    'impressions',
    'reach',
    'saves',
    'is_paid_partnership',
    'is_pinned',
  ],
  post_snapshots: ['id', 'post_id', 'observed_at', 'likes', 'comments', 'views'],
  comments: ['id', 'post_id', 'external_id', 'author_handle', 'text', 'commented_at', 'reply_to', 'by_creator'],
  audiences: ['id', 'account_id', 'dimension', 'source', 'origin', 'sample_size'],
  audience_segments: ['audience_id', 'key', 'share', 'count'],
} as const;

export type DemoTable = keyof typeof COLUMNS;

/** What every row of a run shares. */
export interface RunConstants {
  /** asOf as an ISO timestamp. */
  now: string;
  workspaceId: number;
}

type Constant = (c: RunConstants) => string | number | null;
const now: Constant = (c) => c.now;
const demo: Constant = () => 'demo';

/** The columns filled from RunConstants, per table. */
export const CONSTANTS: Record<DemoTable, Record<string, Constant>> = {
  creators: { created_at: now, updated_at: now },
  workspace_creators: { workspace_id: (c) => c.workspaceId, source: demo, added_at: now },
  accounts: {
    profile_picture_url: () => null,
    is_private: () => 0,
    followers_hidden: () => 0,
    observed_at: now,
    source: demo,
    fetched_at: now,
    created_at: now,
    updated_at: now,
  },
  account_snapshots: { source: demo, fetched_at: now },
  // Demo posts are her own posts, never a brand's tag or mention of her (those come from the brand's own reads).
  posts: {
    source: demo,
    fetched_at: now,
    created_at: now,
    updated_at: now,
    brand_mention: () => null,
    brand_mention_workspace_id: () => null,
  },
  post_snapshots: { source: demo },
  comments: { source: demo, fetched_at: now },
  audiences: { as_of: (c) => c.now.slice(0, 10), fetched_at: now },
  audience_segments: {},
};

/** Insertion order: parents before children, so foreign keys hold at every statement. */
export const TABLE_ORDER: readonly DemoTable[] = [
  'creators',
  'workspace_creators',
  'accounts',
  'account_snapshots',
  'posts',
  'post_snapshots',
  'comments',
  'audiences',
  'audience_segments',
];

export type SqlValue = string | number | null;

export class RowBuffers {
  readonly values: Record<DemoTable, SqlValue[]>;
  constructor() {
    this.values = Object.fromEntries(TABLE_ORDER.map((t) => [t, []])) as unknown as Record<DemoTable, SqlValue[]>;
  }

  rows(table: DemoTable): number {
    return this.values[table].length / COLUMNS[table].length;
  }

  clear(): void {
    for (const t of TABLE_ORDER) this.values[t] = [];
  }
}
