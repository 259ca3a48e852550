import { describe, expect, it } from 'vitest';
import type { KnownProfile } from '../../../src/core/vetting/account-facts.ts';
import { countSuspiciousProfiles } from '../../../src/core/vetting/authenticity/count-suspicious-profiles.ts';

const real = (i: number): KnownProfile => ({
  handle: `lucy.walks${i === 0 ? '' : '.' + 'abcdefghij'[i % 10]}`,
  followers: 420 + i,
  following: 380,
  posts: 85,
  hasProfilePicture: true,
  isPrivate: false,
  bioLength: 40,
});
const fake = (i: number): KnownProfile => ({
  handle: `xq_9823471${i}`,
  followers: 3,
  following: 2_500 + i,
  posts: 0,
  hasProfilePicture: false,
  isPrivate: false,
  bioLength: 0,
});
const unknown = (i: number): KnownProfile => ({
  handle: `who${i}`,
  followers: null,
  following: null,
  posts: null,
  hasProfilePicture: null,
  isPrivate: null,
  bioLength: null,
});

describe('countSuspiciousProfiles', () => {
  it.each([
    ['none known', [], { checked: 0, suspicious: 0 }],
    ['real-looking profiles', Array.from({ length: 5 }, (_, i) => real(i)), { checked: 5, suspicious: 0 }],
    ['bot-looking profiles', Array.from({ length: 4 }, (_, i) => fake(i)), { checked: 4, suspicious: 4 }],
    ['a mix', [real(1), fake(1), real(2)], { checked: 3, suspicious: 1 }],
    ['profiles with no number known are not checked', [unknown(1), unknown(2), fake(3)], { checked: 1, suspicious: 1 }],
  ])('%s', (_name, profiles, expected) => {
    expect(countSuspiciousProfiles('instagram', profiles)).toEqual(expected);
  });

  it('judges only Instagram profiles: the classifier was fitted on Instagram accounts', () => {
    expect(countSuspiciousProfiles('tiktok', [fake(1)])).toBeNull();
    expect(countSuspiciousProfiles('youtube', [fake(1)])).toBeNull();
  });
});
