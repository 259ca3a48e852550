// How the shipped account classifier is fitted. The settings were fixed before evaluation and are
// used unchanged by scripts/train-account-model.ts (all of InstaFake) and by every fold of the
// cross-validation in scripts/eval-authenticity.ts.
import { balancedClassWeights } from '../ml/class-weights.ts';
import { fitGradientBoosting, type GradientBoostingOptions } from '../ml/fit-gradient-boosting.ts';
import { fitLogisticRegression } from '../ml/fit-logistic-regression.ts';
import type { Monotone } from '../ml/fit-regression-tree.ts';
import { mergeEqualTrees } from '../ml/merge-equal-trees.ts';
import {
  ACCOUNT_FEATURE_NAMES,
  accountFeatures,
  type AccountFeatureName,
} from '../../src/core/authenticity/account-features.ts';
import type { AccountModel } from '../../src/core/authenticity/account-model.ts';
import type { LabelledAccount } from '../../src/core/authenticity/account-profile.ts';

// Direction in which each feature may move the fake log-odds in the trees (+1 only up, −1 only
// down, 0 free). These are beliefs stated before fitting — more followers, posts, bio or a picture
// never make an account look more fake; more accounts followed and more digits never make it look
// less fake — so that a quirk of 1,194 training accounts cannot produce a reason like "has too
// many followers". Ratios of mixed meaning and the private flag are left free.
const MONOTONE: Record<AccountFeatureName, Monotone> = {
  logFollowers: -1,
  logFollowing: 1,
  logPosts: -1,
  followBalance: -1,
  postsPerFollower: 0,
  hasProfilePicture: -1,
  isPrivate: 0,
  bioLength: -1,
  usernameDigitRatio: 1,
};

export const ACCOUNT_MODEL_SETTINGS = {
  // Small trees (one interaction deep), strong shrinkage, no sampling: deterministic by construction.
  trees: {
    rounds: 300,
    learningRate: 0.05,
    maxDepth: 2,
    minLeafCover: 5,
    l2: 1,
    monotone: ACCOUNT_FEATURE_NAMES.map((name) => MONOTONE[name]),
  } satisfies GradientBoostingOptions,
  logistic: { l2: 1e-3, maxIterations: 100 },
  // An even blend: no weight was tuned.
  treeShare: 0.5,
  // With balanced class weights the probability is stated at even prior odds, so 0.5 means "this
  // profile is more typical of the fake accounts than of the real ones".
  threshold: 0.5,
};

/**
 * Fits both parts on the labelled profiles with balanced class weights: InstaFake's 1 fake to 5
 * real is how it was collected, not the share of fakes we expect among a creator's followers, so
 * the model is made to weigh evidence only and leave the prior to the threshold.
 */
export function fitAccountModel(examples: readonly LabelledAccount[], settings = ACCOUNT_MODEL_SETTINGS): AccountModel {
  const rows = examples.map((example, i) => {
    const row = accountFeatures(example.profile);
    if (row.some((value) => value === null))
      throw new Error(`fitAccountModel: training profile ${i} has an unknown feature`);
    return row as number[];
  });
  const labels = examples.map((example) => (example.isFake ? 1 : 0) as 0 | 1);
  const weights = balancedClassWeights(labels);
  return {
    features: ACCOUNT_FEATURE_NAMES,
    trees: mergeEqualTrees(fitGradientBoosting(rows, labels, settings.trees, weights)),
    logistic: fitLogisticRegression(rows, labels, settings.logistic, weights),
    treeShare: settings.treeShare,
    threshold: settings.threshold,
  };
}
