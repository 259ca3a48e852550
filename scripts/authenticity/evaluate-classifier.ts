// The two evaluations of the account classifier, usable from the report script and from tests.
import type { LabelledAccount } from '../../src/core/authenticity/account-profile.ts';
import { binaryMetrics, type BinaryMetrics } from '../ml/binary-metrics.ts';
import { crossValidate } from '../ml/cross-validate.ts';
import type { AccountClassifier } from './account-classifiers.ts';

// Fixed before any result was seen (the date of the InstaFake paper); changing it is not tuning.
export const CV_FOLDS = 5;
export const CV_SEED = 20191001;

export interface CrossValidated {
  overall: BinaryMetrics;
  perFold: BinaryMetrics[];
}

const labelsOf = (accounts: readonly LabelledAccount[]) => accounts.map((a) => (a.isFake ? 1 : 0) as 0 | 1);

/**
 * The group of an account for cross-validation: its profile numbers and label. InstaFake repeats
 * some rows exactly; grouping keeps every copy in one fold, so no account is scored by a model
 * that was fitted on its twin.
 */
export const duplicateGroup = (account: LabelledAccount) => JSON.stringify([account.profile, account.isFake]);

/** Stratified k-fold over duplicate groups: refit on k−1 folds, flag the held-out fold; metrics per fold and pooled. */
export function crossValidateClassifier(
  classifier: AccountClassifier,
  accounts: readonly LabelledAccount[],
  k = CV_FOLDS,
  seed = CV_SEED,
): CrossValidated {
  const labels = labelsOf(accounts);
  const { folds, scores } = crossValidate(
    accounts,
    labels,
    k,
    seed,
    (train, _, test) => {
      const flag = classifier.fit(train);
      return test.map((account) => Number(flag(account.profile)));
    },
    accounts.map(duplicateGroup),
  );
  const flagged = scores.map((s) => s === 1);
  const perFold = Array.from({ length: k }, (_, fold) => {
    const held = folds.flatMap((f, i) => (f === fold ? [i] : []));
    return binaryMetrics(
      held.map((i) => labels[i]!),
      held.map((i) => flagged[i]!),
    );
  });
  return { overall: binaryMetrics(labels, flagged), perFold };
}

/** Fit on one dataset, flag every account of another (never fitted on). */
export function crossDatasetClassifier(
  classifier: AccountClassifier,
  train: readonly LabelledAccount[],
  test: readonly LabelledAccount[],
): BinaryMetrics {
  const flag = classifier.fit(train);
  return binaryMetrics(
    labelsOf(test),
    test.map((a) => flag(a.profile)),
  );
}
