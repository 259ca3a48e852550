// The "suspicious known followers / commenters" signal's input: how many of the profiles we know
// around an account the account classifier calls fake. Only Instagram profiles are judged, because
// the shipped classifier was fitted on Instagram accounts (InstaFake) and says nothing of others.
import type { Platform } from '../../creators/creator-record.ts';
import { classifyAccount } from '../../authenticity/classify-account.ts';
import type { AccountModel } from '../../authenticity/account-model.ts';
import { ACCOUNT_MODEL_PARAMS } from '../../authenticity/account-model-params.ts';
import type { KnownProfile } from '../account-facts.ts';

export interface SuspiciousProfileCount {
  /** Profiles the classifier could judge (at least one profile number known, not just the handle). */
  checked: number;
  suspicious: number;
}

export function countSuspiciousProfiles(
  platform: Platform,
  profiles: readonly KnownProfile[],
  model: AccountModel = ACCOUNT_MODEL_PARAMS,
): SuspiciousProfileCount | null {
  if (platform !== 'instagram') return null;
  let checked = 0;
  let suspicious = 0;
  for (const p of profiles) {
    // A handle alone (its length and digits) is too little to call a person fake.
    if ([p.followers, p.following, p.posts, p.hasProfilePicture, p.isPrivate, p.bioLength].every((v) => v === null))
      continue;
    const verdict = classifyAccount(
      {
        username: p.handle,
        followers: p.followers,
        following: p.following,
        posts: p.posts,
        hasProfilePicture: p.hasProfilePicture,
        isPrivate: p.isPrivate,
        bioLength: p.bioLength,
      },
      model,
    );
    if (verdict.probability === null) continue;
    checked += 1;
    if (verdict.isSuspicious) suspicious += 1;
  }
  return { checked, suspicious };
}
