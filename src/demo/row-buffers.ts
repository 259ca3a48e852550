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

/** Parameters one SQLite statement binds at most (SQLITE_MAX_VARIABLE_NUMBER). */
export const SQLITE_MAX_PARAMETERS = 32_766;

/** Rows of a table one SQLite statement binds: the size of a full block. */
export function blockRows(table: DemoTable): number {
  return Math.floor(SQLITE_MAX_PARAMETERS / COLUMNS[table].length);
}

const BLOCK_VALUES = Object.fromEntries(
  TABLE_ORDER.map((t) => [t, blockRows(t) * COLUMNS[t].length]),
) as unknown as Record<DemoTable, number>;

/**
 * Each table's rows in blocks of one SQLite statement's worth: a full block is bound as it is, with
 * no copy, and no array grows past a block (a chunk's posts in one array made V8 reallocate and
 * copy it again and again, on fresh pages). Rows are appended to `values[table]`; `seal()` between
 * creators moves what fills a block to `full[table]`.
 */
export class RowBuffers {
  /** The open block of each table: flat values in COLUMNS order, fewer rows than a full block after seal(). */
  readonly values: Record<DemoTable, SqlValue[]>;
  /** Full blocks of each table, in row order, before the open one. */
  readonly full: Record<DemoTable, SqlValue[][]>;
  constructor() {
    this.values = Object.fromEntries(TABLE_ORDER.map((t) => [t, []])) as unknown as Record<DemoTable, SqlValue[]>;
    this.full = Object.fromEntries(TABLE_ORDER.map((t) => [t, []])) as unknown as Record<DemoTable, SqlValue[][]>;
  }

  /** Closes every block that has reached a statement's worth of rows. */
  seal(): void {
    for (const t of TABLE_ORDER) {
      const size = BLOCK_VALUES[t];
      let open = this.values[t];
      while (open.length >= size) {
        // splice trims the block in place and returns the few rows past it.
        const rest = open.splice(size);
        this.full[t].push(open);
        open = rest;
      }
      this.values[t] = open;
    }
  }

  rows(table: DemoTable): number {
    let values = this.values[table].length;
    for (const block of this.full[table]) values += block.length;
    return values / COLUMNS[table].length;
  }

  /** A table's values in one flat array (for the Kysely route, whose statements are sized per dialect). */
  all(table: DemoTable): SqlValue[] {
    const blocks = this.full[table];
    return blocks.length === 0 ? this.values[table] : ([] as SqlValue[]).concat(...blocks, this.values[table]);
  }
}
