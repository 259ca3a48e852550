// The features of the account classifier, computed from an AccountProfile. Only numbers that both
// training/check datasets (InstaFake, the Kaggle set) and microreach's own account records carry
// are used, so the model never learns from a column it will not see in use. Counts are on a log
// scale because the evidence lies in orders of magnitude (3 vs 30 followers matters, 3,000 vs
// 3,030 does not); the trees do not need it, but the reasons and the baseline read better.
import type { AccountProfile } from './account-profile.ts';

export const ACCOUNT_FEATURES = [
  // Bought and bot accounts rarely attract followers of their own.
  { name: 'logFollowers', about: 'log10(1 + followers)' },
  // Follow-for-follow bots and spam accounts follow many accounts to get noticed.
  { name: 'logFollowing', about: 'log10(1 + accounts followed)' },
  // Fake accounts seldom post: most InstaFake fakes have no post at all.
  { name: 'logPosts', about: 'log10(1 + posts)' },
  // Followers per account followed: the mass-follower signature without the account's size.
  { name: 'followBalance', about: 'log10((1 + followers) / (1 + following))' },
  // Posts relative to audience: an account with followers but nothing posted is suspicious.
  { name: 'postsPerFollower', about: 'log10((1 + posts) / (1 + followers))' },
  { name: 'hasProfilePicture', about: '1 with a profile picture, 0 without' },
  // Real personal accounts are often private; spam accounts want to be seen.
  { name: 'isPrivate', about: '1 if private, 0 if public' },
  { name: 'bioLength', about: 'characters in the bio (Instagram allows 150)' },
  // Generated handles carry digits ("anna_k83921"); a ratio, because the Kaggle set gives no length.
  { name: 'usernameDigitRatio', about: 'digits in the username ÷ its length' },
] as const;

export type AccountFeatureName = (typeof ACCOUNT_FEATURES)[number]['name'];

export const ACCOUNT_FEATURE_NAMES: readonly AccountFeatureName[] = ACCOUNT_FEATURES.map((f) => f.name);

/** The feature row of a profile, in ACCOUNT_FEATURES order; null where the inputs are unknown. */
export function accountFeatures(profile: AccountProfile): (number | null)[] {
  const followers = count(profile.followers);
  const following = count(profile.following);
  const posts = count(profile.posts);
  const values: Record<AccountFeatureName, number | null> = {
    logFollowers: followers === null ? null : Math.log10(1 + followers),
    logFollowing: following === null ? null : Math.log10(1 + following),
    logPosts: posts === null ? null : Math.log10(1 + posts),
    followBalance: followers === null || following === null ? null : Math.log10((1 + followers) / (1 + following)),
    postsPerFollower: posts === null || followers === null ? null : Math.log10((1 + posts) / (1 + followers)),
    hasProfilePicture: flag(profile.hasProfilePicture),
    isPrivate: flag(profile.isPrivate),
    bioLength: count(profile.bioLength) ?? (typeof profile.bio === 'string' ? [...profile.bio].length : null),
    usernameDigitRatio: usernameDigitRatio(profile),
  };
  return ACCOUNT_FEATURE_NAMES.map((name) => values[name]);
}

function usernameDigitRatio(profile: AccountProfile): number | null {
  if (typeof profile.username === 'string' && profile.username.length > 0) {
    const digits = profile.username.replace(/\D/g, '').length;
    return digits / [...profile.username].length;
  }
  const length = count(profile.usernameLength);
  const digits = count(profile.usernameDigitCount);
  if (length !== null && length > 0 && digits !== null) return Math.min(digits / length, 1);
  const ratio = profile.usernameDigitRatio;
  return typeof ratio === 'number' && ratio >= 0 && ratio <= 1 ? ratio : null;
}

/** A non-negative finite count, else null (unknown). */
function count(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function flag(value: boolean | null | undefined): number | null {
  return typeof value === 'boolean' ? Number(value) : null;
}
