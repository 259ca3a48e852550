// What a creator-list column can mean, with the header wordings we recognise for each. Headers are
// compared with headerKey, so spelling, case, punctuation, plurals and word order do not matter.
import { headerKey } from './header-tokens.ts';

export type AccountNumber = 'followers' | 'following' | 'postsCount';

export interface NumberFieldSpec {
  /** count: "3.3k" → 3300; rate: "1.39%" → 0.0139. */
  parse: 'count' | 'rate';
  /** Set for profile numbers stored on the account; the others are kept as reported metrics. */
  account?: AccountNumber;
  headers: readonly string[];
}

// Engagement COUNTS ("Eng. (Auth.)" = authentic engagements per post, "Eng. (Avg.)" = average
// engagements per post) are not rates: they are kept apart from engagement_rate.
export const NUMBER_FIELDS = {
  followers: { parse: 'count', account: 'followers', headers: ['followers', 'subscribers', 'fans'] },
  following: { parse: 'count', account: 'following', headers: ['following', 'followees', 'follows'] },
  posts: {
    parse: 'count',
    account: 'postsCount',
    headers: ['posts', 'media count', 'media', 'uploads', 'videos', 'number of posts'],
  },
  engagement_rate: {
    parse: 'rate',
    headers: [
      'engagement rate',
      'eng rate',
      'er',
      'eng. rate %',
      '60d_eng_rate',
      '30d eng rate',
      '90d eng rate',
      'avg engagement rate',
      'er %',
    ],
  },
  avg_engagements: { parse: 'count', headers: ['eng. (avg.)', 'engagement average', 'average engagements', 'avg eng'] },
  authentic_engagements: { parse: 'count', headers: ['eng. (auth.)', 'authentic engagement', 'authentic engagements'] },
  avg_likes: { parse: 'count', headers: ['avg likes', 'likes avg', 'average likes'] },
  avg_comments: { parse: 'count', headers: ['avg comments', 'comments avg'] },
  avg_views: { parse: 'count', headers: ['avg views', 'views avg', 'average views'] },
  avg_shares: { parse: 'count', headers: ['avg shares', 'shares avg'] },
  new_post_avg_likes: { parse: 'count', headers: ['new_post_avg_like', 'new post avg likes'] },
  total_likes: { parse: 'count', headers: ['total likes', 'likes total', 'total hearts', 'hearts'] },
  influence_score: { parse: 'count', headers: ['influence score', 'influencer score'] },
  rank: {
    parse: 'count',
    headers: ['rank', 's.no', 'sno', 'sl no', 'serial no', 'row-cell', 'no', 'position', 'ranking'],
  },
} as const satisfies Record<string, NumberFieldSpec>;

export type NumberField = keyof typeof NUMBER_FIELDS;

export const TEXT_FIELDS = {
  country: ['country', 'location', 'creator country', 'influencer country', 'channel country', 'home country'],
  audience_country: [
    'audience country',
    'audience country(mostly)',
    'top audience country',
    'audience top country',
    'audience location',
  ],
  email: ['email', 'e-mail', 'email address', 'contact email', 'mail'],
  bio: ['bio', 'biography', 'description', 'about'],
  website: ['website', 'site', 'web', 'external url', 'link in bio'],
  language: ['language', 'lang'],
  platform: ['platform', 'network', 'social network', 'social media', 'channel type'],
} as const satisfies Record<string, readonly string[]>;

export type TextField = keyof typeof TEXT_FIELDS;

export type KnownField = { kind: 'number'; field: NumberField } | { kind: 'text'; field: TextField };

/** headerKey → field, built once from the tables above. */
export const FIELD_BY_KEY: ReadonlyMap<string, KnownField> = new Map<string, KnownField>([
  ...Object.entries(NUMBER_FIELDS).flatMap(([field, spec]) =>
    spec.headers.map((h): [string, KnownField] => [headerKey(h), { kind: 'number', field: field as NumberField }]),
  ),
  ...Object.entries(TEXT_FIELDS).flatMap(([field, headers]) =>
    headers.map((h): [string, KnownField] => [headerKey(h), { kind: 'text', field: field as TextField }]),
  ),
]);
