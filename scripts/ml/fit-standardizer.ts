// Centring and scaling of numeric columns, fitted on training rows only (so a test fold never
// leaks its mean into the model). A constant column gets scale 1 instead of dividing by zero.

import type { Standardizer } from '../../src/core/ml/logistic-regression.ts';

export type { Standardizer };

/** Column means and (population) standard deviations of complete numeric rows. */
export function fitStandardizer(rows: readonly (readonly number[])[]): Standardizer {
  const width = rows[0]?.length ?? 0;
  const means = Array.from({ length: width }, (_, f) => rows.reduce((sum, row) => sum + row[f]!, 0) / rows.length);
  const scales = means.map((mean, f) => {
    const variance = rows.reduce((sum, row) => sum + (row[f]! - mean) ** 2, 0) / rows.length;
    return variance > 1e-24 ? Math.sqrt(variance) : 1;
  });
  return { means, scales };
}

/** The row in standard units under a fitted standardizer. */
export function standardizeRow(standardizer: Standardizer, row: readonly number[]): number[] {
  return row.map((value, f) => (value - standardizer.means[f]!) / standardizer.scales[f]!);
}
