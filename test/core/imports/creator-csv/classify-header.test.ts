import { describe, expect, it } from 'vitest';
import { classifyHeader } from '../../../../src/core/imports/creator-csv/classify-header.ts';
import { headerKey } from '../../../../src/core/imports/creator-csv/header-tokens.ts';

describe('headerKey', () => {
  it.each([
    ['Likes avg', 'Avg. likes'],
    ['likes(avg.)', 'Avg Likes'],
    ['Engagement average Values \n', 'Eng. (Avg.)'],
    ['Authentic engagement\r\n', 'Eng. (Auth.)'],
    ['Subscribers count', 'subscribers'],
    ['Followers Numbers ', 'followers'],
    ['\nCountry', 'country'],
    ['Audience country(mostly)', 'audience country'],
  ])('%j ≡ %j', (a, b) => {
    expect(headerKey(a)).toBe(headerKey(b));
  });
});

describe('classifyHeader', () => {
  it.each([
    // numbers: account profile numbers
    ['followers', { role: 'number', field: 'followers' }],
    ['Subscribers count', { role: 'number', field: 'followers' }],
    ['Followers Numbers ', { role: 'number', field: 'followers' }],
    ['\nFollowers', { role: 'number', field: 'followers' }],
    ['following', { role: 'number', field: 'following' }],
    ['posts', { role: 'number', field: 'posts' }],
    // rates vs engagement counts
    ['60d_eng_rate', { role: 'number', field: 'engagement_rate' }],
    ['ER', { role: 'number', field: 'engagement_rate' }],
    ['Engagement Rate', { role: 'number', field: 'engagement_rate' }],
    ['Eng. (Auth.)', { role: 'number', field: 'authentic_engagements' }],
    ['Authentic engagement Values \n', { role: 'number', field: 'authentic_engagements' }],
    ['Eng. (Avg.)', { role: 'number', field: 'avg_engagements' }],
    ['Engagement average\r\n', { role: 'number', field: 'avg_engagements' }],
    // averages and totals
    ['avg_likes', { role: 'number', field: 'avg_likes' }],
    ['likes(avg.)', { role: 'number', field: 'avg_likes' }],
    ['Comments (Avg.)', { role: 'number', field: 'avg_comments' }],
    ['\nViews (Avg.)', { role: 'number', field: 'avg_views' }],
    ['views(avg)', { role: 'number', field: 'avg_views' }],
    ['Shares avg', { role: 'number', field: 'avg_shares' }],
    ['new_post_avg_like', { role: 'number', field: 'new_post_avg_likes' }],
    ['total_likes', { role: 'number', field: 'total_likes' }],
    ['influence_score', { role: 'number', field: 'influence_score' }],
    ['Rank', { role: 'number', field: 'rank' }],
    ['s.no', { role: 'number', field: 'rank' }],
    ['row-cell', { role: 'number', field: 'rank' }],
    // texts
    ['country', { role: 'text', field: 'country' }],
    ['Location', { role: 'text', field: 'country' }],
    ['Audience country', { role: 'text', field: 'audience_country' }],
    ['Audience country(mostly)', { role: 'text', field: 'audience_country' }],
    ['E-mail', { role: 'text', field: 'email' }],
    ['Bio', { role: 'text', field: 'bio' }],
    ['Website', { role: 'text', field: 'website' }],
    ['Language', { role: 'text', field: 'language' }],
    ['Platform', { role: 'text', field: 'platform' }],
    // categories
    ['Category', { role: 'category' }],
    ['category_1', { role: 'category' }],
    ['Category-2', { role: 'category' }],
    ['Category_3', { role: 'category' }],
    // per-platform account columns
    ['instagram', { role: 'platform_handle', platform: 'instagram' }],
    ['TikTok handle', { role: 'platform_handle', platform: 'tiktok' }],
    ['YouTube URL', { role: 'platform_handle', platform: 'youtube' }],
    // handle or display name: decided by content later
    ['name', { role: 'identity', hint: 'name' }],
    ['instagram name', { role: 'identity', hint: 'name' }],
    ['Influencer insta name', { role: 'identity', hint: 'name' }],
    ['Tiktoker', { role: 'identity', hint: 'name' }],
    ['youTuber', { role: 'identity', hint: 'name' }],
    ['Youtube channel', { role: 'identity', hint: 'name' }],
    ['channel_info', { role: 'identity', hint: 'handle' }],
    ['username', { role: 'identity', hint: 'handle' }],
    // camelCase, snake_case, qualifiers and units around a known header
    ['followersCount', { role: 'number', field: 'followers' }],
    ['followsCount', { role: 'number', field: 'following' }],
    ['postsCount', { role: 'number', field: 'posts' }],
    ['total_followers', { role: 'number', field: 'followers' }],
    ['Creator country', { role: 'text', field: 'country' }],
    ['country.title', { role: 'text', field: 'country' }],
    ['Followers (k)', { role: 'number', field: 'followers', scale: 'k' }],
    ['Avg likes per post', { role: 'number', field: 'avg_likes' }],
    ['Engagement (%)', { role: 'number', field: 'engagement_rate' }],
    ['Engagement', { role: 'number', field: 'engagement_rate', rateOrCount: true }],
    // platform words before or after: the number describes that platform's account
    ['Instagram followers', { role: 'number', field: 'followers', platform: 'instagram' }],
    ['Subs – YouTube', { role: 'number', field: 'followers', platform: 'youtube' }],
    ['YouTube Subscribers (K)', { role: 'number', field: 'followers', platform: 'youtube', scale: 'k' }],
    ['accounts.instagram.subscribers_count', { role: 'number', field: 'followers', platform: 'instagram' }],
    ['TikTokFollowers', { role: 'number', field: 'followers', platform: 'tiktok' }],
    ['accounts.instagram.username', { role: 'platform_handle', platform: 'instagram' }],
    // links, ids and name parts
    ['profileUrl', { role: 'profile_url' }],
    ['url', { role: 'profile_url' }],
    ['media_url', { role: 'profile_url' }],
    ['id', { role: 'id' }],
    ['influencer_id', { role: 'id' }],
    ['instagramID', { role: 'id', platform: 'instagram' }],
    ['YouTube Channel ID', { role: 'id', platform: 'youtube' }],
    ['First Name', { role: 'name_part', part: 'first' }],
    ['last_name', { role: 'name_part', part: 'last' }],
    ['fullName', { role: 'identity', hint: 'name' }],
    // not ours
    ['profilePicUrl', { role: 'unknown' }],
    ['isBusinessAccount', { role: 'unknown' }],
    ['Fake followers %', { role: 'unknown' }],
    ['', { role: 'unknown' }],
    ['notes', { role: 'unknown' }],
  ] as const)('%j → %j', (header, expected) => {
    expect(classifyHeader(header)).toEqual(expected);
  });
});
