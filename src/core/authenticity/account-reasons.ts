// Turns per-feature log-odds into the sentences microreach shows next to an account score.
// Features that read the same numbers are grouped into one signal (followers, accounts followed
// and their balance are one story), so a reason is never repeated in three wordings. Each reason
// keeps the features it stands for and its summed effect, so the sentence can be checked.
import { ACCOUNT_FEATURE_NAMES, type AccountFeatureName } from './account-features.ts';
import type { AccountProfile } from './account-profile.ts';

export type ReasonSignal = 'followCounts' | 'posts' | 'profilePicture' | 'privacy' | 'bio' | 'username';

export interface AccountReason {
  signal: ReasonSignal;
  features: AccountFeatureName[];
  /** Log-odds this signal added: positive towards fake, negative towards real. */
  effect: number;
  text: string;
}

const SIGNALS: { signal: ReasonSignal; features: AccountFeatureName[] }[] = [
  { signal: 'followCounts', features: ['logFollowers', 'logFollowing', 'followBalance'] },
  { signal: 'posts', features: ['logPosts', 'postsPerFollower'] },
  { signal: 'profilePicture', features: ['hasProfilePicture'] },
  { signal: 'privacy', features: ['isPrivate'] },
  { signal: 'bio', features: ['bioLength'] },
  { signal: 'username', features: ['usernameDigitRatio'] },
];

// Below this (about a 5 % change in the odds) a signal did not really move the score.
const MIN_EFFECT = 0.05;
const MAX_REASONS = 3;

/**
 * Up to three signals that pushed the score most towards the given side, strongest first; the
 * strongest one is kept even when weak, so a score is never shown without a reason.
 */
export function accountReasons(
  profile: AccountProfile,
  row: readonly (number | null)[],
  contributions: readonly number[],
  towards: 'fake' | 'real',
): AccountReason[] {
  const sign = towards === 'fake' ? 1 : -1;
  const reasons = SIGNALS.map(({ signal, features }) => ({
    signal,
    features,
    effect: features.reduce((sum, name) => sum + contributions[ACCOUNT_FEATURE_NAMES.indexOf(name)]!, 0),
  }))
    .filter((r) => sign * r.effect > 0 && r.features.some((name) => row[ACCOUNT_FEATURE_NAMES.indexOf(name)] !== null))
    .sort((a, b) => sign * b.effect - sign * a.effect);
  const strong = reasons.filter((r, i) => i === 0 || sign * r.effect >= MIN_EFFECT).slice(0, MAX_REASONS);
  return strong.map((r) => ({ ...r, text: sentence(r.signal, towards, profile, row) }));
}

const number = new Intl.NumberFormat('en-US');
const plural = (n: number, one: string, many: string) => `${number.format(n)} ${n === 1 ? one : many}`;

function sentence(
  signal: ReasonSignal,
  towards: 'fake' | 'real',
  p: AccountProfile,
  row: readonly (number | null)[],
): string {
  const fake = towards === 'fake';
  const followers = known(p.followers);
  const following = known(p.following);
  switch (signal) {
    case 'followCounts': {
      const has = followers === null ? null : `has ${plural(followers, 'follower', 'followers')}`;
      const follows = following === null ? null : `follows ${plural(following, 'account', 'accounts')}`;
      if (fake && has && follows && following! > followers!) return `${follows} but ${has}`;
      if (fake && followers !== null && !follows) return `has only ${plural(followers, 'follower', 'followers')}`;
      return [has, follows].filter(Boolean).join(' and ');
    }
    case 'posts': {
      // Only reached when the post count is known (both posts features need it).
      const posts = known(p.posts) ?? 0;
      if (posts === 0) return 'has not posted anything';
      const base = `has ${fake ? 'only ' : ''}${plural(posts, 'post', 'posts')}`;
      return fake && followers !== null && followers > posts
        ? `${base} for ${plural(followers, 'follower', 'followers')}`
        : base;
    }
    case 'profilePicture':
      return p.hasProfilePicture ? 'has a profile picture' : 'has no profile picture';
    case 'privacy':
      return p.isPrivate ? 'is a private account' : 'is a public account';
    case 'bio': {
      const length = row[ACCOUNT_FEATURE_NAMES.indexOf('bioLength')] ?? 0;
      if (length === 0) return 'has no bio';
      return `has a ${fake ? 'short ' : ''}bio (${plural(length, 'character', 'characters')})`;
    }
    case 'username': {
      const ratio = row[ACCOUNT_FEATURE_NAMES.indexOf('usernameDigitRatio')] ?? 0;
      const name = typeof p.username === 'string' && p.username !== '' ? `username "${p.username}"` : 'username';
      return ratio === 0 ? `${name} has no digits` : `${name} is ${Math.round(ratio * 100)}% digits`;
    }
  }
}

function known(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}
