// The shape of the fitted account classifier: a blend, in log-odds, of monotone gradient-boosted
// trees and a logistic regression over the same features. The trees fit the thresholds and
// interactions inside the training data; the regression's straight lines carry the trend past its
// edges, where other populations of fake accounts sit (see scripts/eval-authenticity.ts).
import type { BoostedTrees } from '../ml/boosted-trees.ts';
import type { LogisticRegression } from '../ml/logistic-regression.ts';
import type { AccountFeatureName } from './account-features.ts';

export interface AccountModel {
  /** Feature order of the rows both parts were fitted on; must equal ACCOUNT_FEATURE_NAMES. */
  features: readonly AccountFeatureName[];
  trees: BoostedTrees;
  logistic: LogisticRegression;
  /** Weight of the trees in the blend; the regression gets the rest. */
  treeShare: number;
  /** An account is flagged when its probability reaches this. */
  threshold: number;
}
