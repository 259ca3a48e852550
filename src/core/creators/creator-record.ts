// The normalised shape every importer (CSV, Instagram, YouTube, demo) produces and one writer stores.
// Optional fields mean "this source does not say": the writer never overwrites a known value with
// an unknown one. null on a nullable metric (likes) means "known to be hidden".
import type { BrandMention } from '../content/brand-mention.ts';
import { PLATFORMS, type Platform } from '../shared/domain-constants.ts';

export { PLATFORMS, type Platform };
export type PostType = 'image' | 'carousel' | 'video' | 'reel' | 'short' | 'story';
export type AudienceDimension = 'age_gender' | 'country' | 'city';
export type AudienceSource = 'verified' | 'estimated';

export interface Provenance {
  /** Where the values come from, e.g. "csv:top_insta.csv" or "instagram_graph:business_discovery". */
  source: string;
  /** When the values were true (a snapshot date); ISO-8601 UTC. */
  observedAt: string;
  /** When microreach read them; ISO-8601 UTC. */
  fetchedAt: string;
}

export interface CreatorRecord {
  displayName?: string;
  email?: string;
  /** ISO 3166-1 alpha-2 when recognised, else the text as given. */
  country?: string;
  language?: string;
  categories?: string[];
  accounts: AccountRecord[];
}

export interface AccountRecord {
  platform: Platform;
  handle: string;
  externalId?: string;
  displayName?: string;
  bio?: string;
  website?: string;
  profilePictureUrl?: string;
  isPrivate?: boolean;
  isVerified?: boolean;
  followers?: number | null;
  following?: number;
  postsCount?: number;
  followersHidden?: boolean;
  provenance: Provenance;
  /** Numbers another tool reported (its engagement rate, average likes…), kept as given. */
  reported?: ReportedValue[];
  posts?: PostRecord[];
  audiences?: AudienceRecord[];
}

export interface ReportedValue {
  metric: string;
  value?: number;
  text?: string;
}

export interface PostRecord {
  externalId: string;
  type: PostType;
  postedAt: string;
  title?: string;
  caption?: string;
  hashtags?: string[];
  mentions?: string[];
  taggedBrands?: string[];
  permalink?: string;
  likes?: number | null;
  comments?: number | null;
  views?: number | null;
  impressions?: number | null;
  reach?: number | null;
  saves?: number | null;
  isPaidPartnership?: boolean | null;
  isPinned?: boolean;
  /** The platform reported this post as naming the brand (the brand's tags edge, mentioned_media); absent = not said. */
  brandMention?: BrandMention;
  commentThreads?: CommentRecord[];
}

export interface CommentRecord {
  externalId: string;
  authorHandle: string;
  text: string;
  commentedAt: string;
  replyTo?: string;
  byCreator: boolean;
}

export interface AudienceRecord {
  dimension: AudienceDimension;
  source: AudienceSource;
  origin: string;
  sampleSize?: number;
  asOf: string;
  /** Shares sum to 1 (within rounding); count is the raw number when the source gave one. */
  segments: { key: string; share: number; count?: number }[];
}

/** What storing one record did. */
export type WriteOutcome = 'imported' | 'updated' | 'unchanged';
