// JSON shapes of creators in the API. Keys are snake_case; unknown numbers are null, never 0.
import { tierOf } from '../core/creators/tiers.ts';
import { fromJsonArray } from '../storage/creators/json-columns.ts';
import type { AccountDetail, CreatorDetail } from '../storage/creators/get-creator-detail.ts';
import type { Account, Creator } from '../storage/schema.ts';

function presentAccount(a: Account) {
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
  };
}

export function presentCreator(c: Creator, accounts: Account[]) {
  return {
    id: c.id,
    display_name: c.display_name,
    email: c.email,
    country: c.country,
    language: c.language,
    categories: fromJsonArray(c.categories),
    is_demo: c.demo !== null,
    accounts: accounts.map(presentAccount),
  };
}

function presentAccountDetail(d: AccountDetail) {
  return {
    ...presentAccount(d.account),
    follower_history: d.history,
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
    ...presentCreator(d.creator, []),
    demo: d.creator.demo ? JSON.parse(d.creator.demo) as unknown : null,
    accounts: d.accounts.map(presentAccountDetail),
  };
}
