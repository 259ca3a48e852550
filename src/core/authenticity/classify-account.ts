// Account-level authenticity (PRODUCT.md "Authenticity", layer 1): is this account — a creator, or
// a follower or commenter whose profile numbers are known — likely fake? Pure: profile in, verdict
// with its reasons out. The default model is the shipped one, fitted offline on InstaFake.
import { accountFeatures } from './account-features.ts';
import { ACCOUNT_MODEL_PARAMS } from './account-model-params.ts';
import type { AccountModel } from './account-model.ts';
import type { AccountProfile } from './account-profile.ts';
import { accountReasons, type AccountReason } from './account-reasons.ts';
import { scoreAccount } from './score-account.ts';

export interface AccountVerdict {
  /** Probability that the account is fake, at even prior odds (see fit-account-model.ts); null when nothing is known. */
  probability: number | null;
  isSuspicious: boolean;
  /** The signals that pushed the score most towards the verdict, strongest first. */
  reasons: AccountReason[];
}

export function classifyAccount(profile: AccountProfile, model: AccountModel = ACCOUNT_MODEL_PARAMS): AccountVerdict {
  const row = accountFeatures(profile);
  // With no number known the model would only restate its average; say so instead of guessing.
  if (row.every((value) => value === null)) return { probability: null, isSuspicious: false, reasons: [] };
  const score = scoreAccount(model, row);
  const isSuspicious = score.probability >= model.threshold;
  return {
    probability: score.probability,
    isSuspicious,
    reasons: accountReasons(profile, row, score.contributions, isSuspicious ? 'fake' : 'real'),
  };
}
