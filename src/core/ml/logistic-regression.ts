// A fitted logistic regression as inference reads it (the fitting lives in scripts/ml, offline).

/** Centring and scaling fitted on the training rows. */
export interface Standardizer {
  means: number[];
  scales: number[];
}

export interface LogisticRegression {
  standardizer: Standardizer;
  intercept: number;
  /** Coefficients on standardised columns: log-odds per standard deviation. */
  coefficients: number[];
}
