// Tracked links kept in memory for the redirect hot path. Entries live `ttlMs` (default 5 s), so a
// link changed by another process (the CLI) is visible within seconds; unknown keys are cached too
// (so a flood of bad keys does not reach the database). Concurrent misses share one query.
import type { Kysely } from 'kysely';
import { buildDestination } from '../../core/tracking/build-destination.ts';
import { isAllowedDestination } from '../../core/tracking/allowed-domains.ts';
import { fromJsonArray } from '../../storage/creators/json-columns.ts';
import type { Database } from '../../storage/schema.ts';

export interface CachedLink {
  id: number;
  workspaceId: number;
  key: string;
  /** Destination with UTM parameters; the click id goes between prefix and suffix (before any #fragment). */
  withoutClick: string;
  prefix: string;
  suffix: string;
}

export class LinkCache {
  private readonly entries = new Map<string, { link: CachedLink | null; expires: number }>();
  private readonly loading = new Map<string, Promise<CachedLink | null>>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 50_000,
  ) {}

  /** The link for a key, from memory when fresh. Returns a value synchronously when cached (no promise allocation). */
  get(key: string, now = Date.now()): CachedLink | null | Promise<CachedLink | null> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.link;
    const pending = this.loading.get(key);
    if (pending) return pending;
    const load = this.load(key)
      .then((link) => {
        if (this.entries.size >= this.maxEntries) this.entries.clear();
        this.entries.set(key, { link, expires: Date.now() + this.ttlMs });
        return link;
      })
      .finally(() => this.loading.delete(key));
    this.loading.set(key, load);
    return load;
  }

  private async load(key: string): Promise<CachedLink | null> {
    const row = await this.db
      .selectFrom('tracked_links as l')
      .innerJoin('campaigns as c', 'c.id', 'l.campaign_id')
      .innerJoin('workspaces as w', 'w.id', 'l.workspace_id')
      .select([
        'l.id',
        'l.workspace_id',
        'l.key',
        'l.destination_url',
        'c.utm_source',
        'c.utm_medium',
        'c.utm_campaign',
        'w.allowed_domains',
      ])
      .where('l.key', '=', key)
      .executeTakeFirst();
    if (!row) return null;
    // Checked again here (not only when the link was made): a link whose domain the workspace no longer
    // allows is not followed, so the installation's origin never redirects anywhere else.
    if (!isAllowedDestination(row.destination_url, fromJsonArray(row.allowed_domains))) return null;
    const url = buildDestination(
      row.destination_url,
      {
        utm_source: row.utm_source,
        utm_medium: row.utm_medium,
        utm_campaign: row.utm_campaign,
        utm_content: row.key,
      },
      null,
    );
    const hashAt = url.indexOf('#');
    const base = hashAt === -1 ? url : url.slice(0, hashAt);
    return {
      id: row.id,
      workspaceId: row.workspace_id,
      key: row.key,
      withoutClick: url,
      prefix: `${base}${base.includes('?') ? '&' : '?'}mr_cid=`,
      suffix: hashAt === -1 ? '' : url.slice(hashAt),
    };
  }
}
