// What vetting knows about one account: plain data, loaded by storage and passed to pure functions.
import type { Platform, PostType } from '../creators/creator-record.ts';

export interface PostFacts {
  id: string;
  postedAt: string;
  type: PostType;
  /** null = hidden or unknown: never read as zero. */
  likes: number | null;
  comments: number | null;
  views: number | null;
  isPaidPartnership: boolean | null;
  caption: string | null;
  /** Video title (YouTube), when there is one. */
  title?: string | null;
  hashtags: readonly string[];
  mentions: string[];
  taggedBrands: string[];
}

export interface FollowerPoint {
  observedAt: string;
  followers: number;
}

export interface CommentFacts {
  postId: string;
  externalId: string;
  authorHandle: string;
  text: string;
  commentedAt: string;
  /** externalId of the comment answered; null for a top-level comment. */
  replyTo: string | null;
  byCreator: boolean;
}

/** Profile numbers of a follower or commenter, when known (for the account-level classifier). */
export interface KnownProfile {
  handle: string;
  followers: number | null;
  following: number | null;
  posts: number | null;
  hasProfilePicture: boolean | null;
  isPrivate: boolean | null;
  bioLength: number | null;
}

export interface AccountFacts {
  platform: Platform;
  handle: string;
  followers: number | null;
  following: number | null;
  posts: PostFacts[];
  /** Follower history, any order. */
  history: FollowerPoint[];
  /** null when comment data is not known for this account (not the same as "no comments"). */
  comments: CommentFacts[] | null;
  knownProfiles: KnownProfile[];
}

export const DAY_MS = 86_400_000;
export const VIDEO_TYPES: readonly PostType[] = ['video', 'reel', 'short'];
