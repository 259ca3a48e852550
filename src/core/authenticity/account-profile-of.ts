// Maps microreach's own account record onto the classifier's profile. Only what the record states
// is passed on: hidden followers (null) and an absent picture URL are "unknown", not zero or "no
// picture", because a connector may simply not have fetched them.
import type { AccountRecord } from '../creators/creator-record.ts';
import type { AccountProfile } from './account-profile.ts';

export function accountProfileOf(
  record: Pick<
    AccountRecord,
    'handle' | 'bio' | 'isPrivate' | 'followers' | 'following' | 'postsCount' | 'profilePictureUrl'
  >,
): AccountProfile {
  return {
    username: record.handle,
    followers: record.followers ?? null,
    following: record.following ?? null,
    posts: record.postsCount ?? null,
    isPrivate: record.isPrivate ?? null,
    bio: record.bio ?? null,
    hasProfilePicture: record.profilePictureUrl ? true : null,
  };
}
