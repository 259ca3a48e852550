// InstaFake automated-v1.0, the non-automated half (700 real accounts with 57,816 posts; CC BY-NC
// 4.0, internal use only). The per-post arrays (newest first) are zipped into one object per post.
// The file has no profile-picture or private flag: those stay unknown in the profile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { AccountProfile } from '../../src/core/authenticity/account-profile.ts';

const count = z.number().int().min(0);
const flag = z.union([z.literal(0), z.literal(1)]);

const rowSchema = z.object({
  userMediaCount: count,
  userFollowerCount: count,
  userFollowingCount: count,
  userBiographyLength: count,
  usernameLength: count,
  usernameDigitCount: count,
  userHasHighlighReels: flag,
  userHasExternalUrl: flag,
  userTagsCount: count,
  mediaLikeNumbers: z.array(count),
  mediaCommentNumbers: z.array(count),
  mediaCommentsAreDisabled: z.array(flag),
  mediaHashtagNumbers: z.array(count),
  mediaHasLocationInfo: z.array(flag),
  mediaUploadTimes: z.array(count),
  automatedBehaviour: z.literal(0),
});

export interface InstafakePost {
  likes: number;
  comments: number;
  commentsDisabled: boolean;
  hashtags: number;
  hasLocation: boolean;
  /** Unix seconds. */
  postedAt: number;
}

export interface InstafakeRealAccount {
  profile: AccountProfile;
  hasHighlightReels: boolean;
  hasExternalUrl: boolean;
  tagsCount: number;
  /** Newest first, as in the source. */
  posts: InstafakePost[];
}

export function loadInstafakeNonAutomated(dataDir: string): InstafakeRealAccount[] {
  const rows = z
    .array(rowSchema)
    .parse(JSON.parse(readFileSync(join(dataDir, 'instafake', 'nonautomatedAccountData.json'), 'utf8')));
  return rows.map((row, i) => {
    const n = row.mediaLikeNumbers.length;
    const arrays = [
      row.mediaCommentNumbers,
      row.mediaCommentsAreDisabled,
      row.mediaHashtagNumbers,
      row.mediaHasLocationInfo,
      row.mediaUploadTimes,
    ];
    if (arrays.some((a) => a.length !== n))
      throw new Error(`nonautomatedAccountData.json: account ${i} has per-post arrays of different lengths`);
    return {
      profile: {
        followers: row.userFollowerCount,
        following: row.userFollowingCount,
        posts: row.userMediaCount,
        bioLength: row.userBiographyLength,
        usernameLength: row.usernameLength,
        usernameDigitCount: row.usernameDigitCount,
      },
      hasHighlightReels: row.userHasHighlighReels === 1,
      hasExternalUrl: row.userHasExternalUrl === 1,
      tagsCount: row.userTagsCount,
      posts: row.mediaLikeNumbers.map((likes, p) => ({
        likes,
        comments: row.mediaCommentNumbers[p]!,
        commentsDisabled: row.mediaCommentsAreDisabled[p] === 1,
        hashtags: row.mediaHashtagNumbers[p]!,
        hasLocation: row.mediaHasLocationInfo[p] === 1,
        postedAt: row.mediaUploadTimes[p]!,
      })),
    };
  });
}
