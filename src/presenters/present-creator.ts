// JSON shapes of creators in the API. Keys are snake_case; unknown numbers are null, never 0.
import { tierOf } from '../core/creators/tiers.ts';
import { fromJsonArray } from '../storage/creators/json-columns.ts';
import type { AccountDetail, CreatorDetail } from '../storage/creators/get-creator-detail.ts';
import type { ListedCreator } from '../storage/creators/list-creators.ts';
import type { Account, Creator, WorkspaceAccountData, WorkspaceCreatorData } from '../storage/schema.ts';

/** The reading workspace's own values for an account (its files), shown next to the shared ones. */
function presentAccountLayer(w: WorkspaceAccountData | null) {
  if (!w) return null;
  return {
    display_name: w.display_name,
    bio: w.bio,
    website: w.website,
    followers: w.followers,
    following: w.following,
    posts_count: w.posts_count,
    tier: tierOf(w.followers),
    reported: (JSON.parse(w.reported) as { metric: string; value?: number; text?: string }[]).map((r) => ({
      metric: r.metric,
      value: r.value ?? null,
      text: r.text ?? null,
    })),
    observed_at: w.observed_at,
    source: w.source,
  };
}

function presentCreatorLayer(w: WorkspaceCreatorData | null) {
  if (!w) return null;
  return {
    display_name: w.display_name,
    email: w.email,
    country: w.country,
    language: w.language,
    categories: fromJsonArray(w.categories),
    source: w.source,
    updated_at: w.updated_at,
  };
}

export function presentAccount(a: Account, layer: WorkspaceAccountData | null) {
  return {
    id: a.id,
    platform: a.platform,
    handle: a.handle,
    external_id: a.external_id,
    display_name: a.display_name,
    followers: a.followers,
    followers_hidden: a.followers_hidden === 1,
    following: a.following,
    posts_count: a.posts_count,
    tier: tierOf(a.followers),
    bio: a.bio,
    website: a.website,
    is_verified: a.is_verified === null ? null : a.is_verified === 1,
    is_private: a.is_private === null ? null : a.is_private === 1,
    observed_at: a.observed_at,
    source: a.source,
    fetched_at: a.fetched_at,
    your_import: presentAccountLayer(layer),
  };
}

/**
 * A creator as one workspace sees it: its own values (from its files) win over the shared ones for
 * names, contact and categories; `your_data` says which values are its own and where they came from.
 */
export function presentCreator(c: Creator, layer: WorkspaceCreatorData | null, accounts: ListedCreator['accounts']) {
  return {
    id: c.id,
    display_name: layer?.display_name ?? c.display_name,
    email: layer?.email ?? c.email,
    country: layer?.country ?? c.country,
    language: layer?.language ?? c.language,
    categories: [...new Set([...fromJsonArray(c.categories), ...fromJsonArray(layer?.categories)])],
    is_demo: c.demo !== null,
    your_data: presentCreatorLayer(layer),
    accounts: accounts.map((a) => presentAccount(a.account, a.layer)),
  };
}

function presentAccountDetail(d: AccountDetail) {
  return {
    ...presentAccount(d.account, d.layer),
    follower_history: d.history,
    your_follower_history: d.ownHistory,
    reported_metrics: d.reported,
    audiences: d.audiences,
    recent_posts: d.recentPosts.map((p) => ({
      id: p.id,
      external_id: p.external_id,
      type: p.type,
      posted_at: p.posted_at,
      title: p.title,
      caption: p.caption,
      hashtags: fromJsonArray(p.hashtags),
      mentions: fromJsonArray(p.mentions),
      tagged_brands: fromJsonArray(p.tagged_brands),
      permalink: p.permalink,
      likes: p.likes,
      comments: p.comments,
      views: p.views,
      is_paid_partnership: p.is_paid_partnership === null ? null : p.is_paid_partnership === 1,
      is_pinned: p.is_pinned === 1,
      source: p.source,
      fetched_at: p.fetched_at,
    })),
  };
}

export function presentCreatorDetail(d: CreatorDetail) {
  return {
    ...presentCreator(d.creator, d.layer, []),
    demo: d.creator.demo ? (JSON.parse(d.creator.demo) as unknown) : null,
    accounts: d.accounts.map(presentAccountDetail),
  };
}
