import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_FEATURE_NAMES,
  accountFeatures,
  type AccountFeatureName,
} from '../../../src/core/authenticity/account-features.ts';
import type { AccountProfile } from '../../../src/core/authenticity/account-profile.ts';
import { accountProfileOf } from '../../../src/core/authenticity/account-profile-of.ts';

const features = (profile: AccountProfile) => {
  const row = accountFeatures(profile);
  return Object.fromEntries(ACCOUNT_FEATURE_NAMES.map((name, i) => [name, row[i]])) as Record<
    AccountFeatureName,
    number | null
  >;
};

describe('accountFeatures', () => {
  it.each<[string, AccountProfile, Partial<Record<AccountFeatureName, number | null>>]>([
    [
      'zero followers: log 0, balance and posts-per-follower still defined (the +1 keeps them finite)',
      { followers: 0, following: 99, posts: 9 },
      { logFollowers: 0, logFollowing: 2, followBalance: -2, postsPerFollower: 1 },
    ],
    [
      'zero following: balance is log10(1 + followers)',
      { followers: 999, following: 0 },
      { logFollowing: 0, followBalance: 3 },
    ],
    ['missing bio length and no bio text: unknown, not 0', { followers: 10 }, { bioLength: null }],
    ['bio text given: its length in characters (emoji count once)', { bio: 'hi 👋' }, { bioLength: 4 }],
    ['an empty bio is known to be empty', { bioLength: 0 }, { bioLength: 0 }],
    ['all-digit username', { username: '1234567' }, { usernameDigitRatio: 1 }],
    ['username without digits', { username: 'ana.feet' }, { usernameDigitRatio: 0 }],
    [
      'InstaFake style: length and digit count',
      { usernameLength: 15, usernameDigitCount: 3 },
      { usernameDigitRatio: 0.2 },
    ],
    ['Kaggle style: the ratio itself', { usernameDigitRatio: 0.27 }, { usernameDigitRatio: 0.27 }],
    [
      'a username string wins over the counts',
      { username: 'ab12', usernameLength: 10, usernameDigitCount: 0 },
      { usernameDigitRatio: 0.5 },
    ],
    [
      'flags become 1 / 0, unknown stays null',
      { hasProfilePicture: false, isPrivate: true },
      { hasProfilePicture: 0, isPrivate: 1 },
    ],
    [
      'negative, NaN and hidden (null) counts are unknown',
      { followers: null, following: -1, posts: Number.NaN },
      { logFollowers: null, logFollowing: null, logPosts: null, followBalance: null, postsPerFollower: null },
    ],
    ['a ratio outside 0…1 is unknown', { usernameDigitRatio: 1.5 }, { usernameDigitRatio: null }],
  ])('%s', (_, profile, expected) => {
    const got = features(profile);
    for (const [name, value] of Object.entries(expected)) {
      if (value === null) expect(got[name as AccountFeatureName], name).toBeNull();
      else expect(got[name as AccountFeatureName], name).toBeCloseTo(value, 12);
    }
  });

  it('an empty profile knows nothing', () => {
    expect(accountFeatures({}).every((value) => value === null)).toBe(true);
  });
});

describe('accountProfileOf (an AccountRecord as classifier input)', () => {
  it('passes on what the record states and leaves the rest unknown', () => {
    const profile = accountProfileOf({
      handle: 'ana.feet',
      followers: null,
      following: 310,
      postsCount: 42,
      bio: 'Feet pics 🦶',
    });
    expect(profile).toEqual({
      username: 'ana.feet',
      followers: null,
      following: 310,
      posts: 42,
      isPrivate: null,
      bio: 'Feet pics 🦶',
      hasProfilePicture: null,
    });
    expect(features(profile)).toMatchObject({
      logFollowers: null,
      usernameDigitRatio: 0,
      bioLength: 11,
      hasProfilePicture: null,
    });
    expect(accountProfileOf({ handle: 'x', profilePictureUrl: 'https://cdn.example/p.jpg' }).hasProfilePicture).toBe(
      true,
    );
  });
});
