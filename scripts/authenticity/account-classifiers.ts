// The classifiers the evaluation compares, each as "fit on these labelled accounts, return a
// scorer". Every one is refitted per training fold by the caller; none sees test rows.
import { ACCOUNT_FEATURE_NAMES, accountFeatures } from '../../src/core/authenticity/account-features.ts';
import type { AccountProfile, LabelledAccount } from '../../src/core/authenticity/account-profile.ts';
import { classifyAccount } from '../../src/core/authenticity/classify-account.ts';
import { ACCOUNT_MODEL_SETTINGS, fitAccountModel } from './fit-account-model.ts';
import { balancedClassWeights } from '../ml/class-weights.ts';
import { fitGradientBoosting } from '../ml/fit-gradient-boosting.ts';
import { fitLogisticRegression } from '../ml/fit-logistic-regression.ts';
import { predictBoostedTrees } from '../../src/core/ml/predict-boosted-trees.ts';
import { predictLogisticRegression } from '../../src/core/ml/predict-logistic-regression.ts';

export type FlagAccount = (profile: AccountProfile) => boolean;

export interface AccountClassifier {
  name: string;
  fit: (train: readonly LabelledAccount[]) => FlagAccount;
}

const labelsOf = (train: readonly LabelledAccount[]) => train.map((a) => (a.isFake ? 1 : 0) as 0 | 1);
const complete = (row: (number | null)[]) => row.map((v) => v ?? Number.NaN);
const DIGIT_RATIO = ACCOUNT_FEATURE_NAMES.indexOf('usernameDigitRatio');

/** The product's model: fitAccountModel + classifyAccount, exactly as shipped. */
export const shippedModel: AccountClassifier = {
  name: 'shipped: trees + logistic blend',
  fit: (train) => {
    const model = fitAccountModel(train);
    return (profile) => classifyAccount(profile, model).isSuspicious;
  },
};

/** The floor from the Kaggle SOURCE.md: no fitting at all. */
export const baselineRule: AccountClassifier = {
  name: 'rule: no picture or < 50 followers',
  fit: () => (profile) => profile.hasProfilePicture === false || (profile.followers ?? Infinity) < 50,
};

/** Plain logistic regression on the raw numbers (counts unlogged), no class weights. */
export const plainLogistic: AccountClassifier = {
  name: 'plain logistic, raw numbers',
  fit: (train) => {
    const raw = (p: AccountProfile) =>
      [
        p.followers,
        p.following,
        p.posts,
        Number(p.hasProfilePicture),
        Number(p.isPrivate),
        p.bioLength,
        accountFeatures(p)[DIGIT_RATIO],
      ].map((v) => v ?? Number.NaN);
    const model = fitLogisticRegression(
      train.map((a) => raw(a.profile)),
      labelsOf(train),
    );
    return (profile) => predictLogisticRegression(model, raw(profile)) >= 0;
  },
};

/** The shipped model's two halves on their own, to show what the blend adds. */
export const logisticHalf: AccountClassifier = {
  name: 'logistic half (features, balanced)',
  fit: (train) => {
    const labels = labelsOf(train);
    const model = fitLogisticRegression(
      train.map((a) => complete(accountFeatures(a.profile))),
      labels,
      ACCOUNT_MODEL_SETTINGS.logistic,
      balancedClassWeights(labels),
    );
    return (profile) => predictLogisticRegression(model, accountFeatures(profile)) >= 0;
  },
};

export const treesHalf: AccountClassifier = {
  name: 'trees half (features, balanced)',
  fit: (train) => {
    const labels = labelsOf(train);
    const model = fitGradientBoosting(
      train.map((a) => complete(accountFeatures(a.profile))),
      labels,
      ACCOUNT_MODEL_SETTINGS.trees,
      balancedClassWeights(labels),
    );
    return (profile) => predictBoostedTrees(model, accountFeatures(profile)) >= 0;
  },
};

/** In report order; the shipped model last. */
export const COMPARED_CLASSIFIERS: readonly AccountClassifier[] = [
  baselineRule,
  plainLogistic,
  logisticHalf,
  treesHalf,
  shippedModel,
];
