// Plain-text table rows for the evaluation report.
import type { BinaryMetrics } from '../ml/binary-metrics.ts';
import type { CrossValidated } from './evaluate-classifier.ts';

const NAME = 36;
const f3 = (x: number | null) => (x === null ? '  n/a' : x.toFixed(3));
const prf = (m: BinaryMetrics) => `${f3(m.precision)} ${f3(m.recall)} ${f3(m.f1)}`;

export const METRICS_HEADER = [
  `${''.padEnd(NAME)}  InstaFake CV                                          | Kaggle cross`,
  `${'model'.padEnd(NAME)}  acc    per-fold acc                   P     R     F1    | acc    P     R     F1`,
].join('\n');

export function formatMetricsRow(name: string, cv: CrossValidated, cross: BinaryMetrics): string {
  const folds = cv.perFold.map((m) => m.accuracy.toFixed(3)).join(' ');
  return `${name.padEnd(NAME)}  ${cv.overall.accuracy.toFixed(4)} ${folds}  ${prf(cv.overall)} | ${cross.accuracy.toFixed(4)} ${prf(cross)}`;
}

export function formatConfusion(title: string, m: BinaryMetrics): string {
  const { tp, fp, fn, tn } = m.confusion;
  const w = 7;
  return [
    `  ${title}`,
    `    ${''.padEnd(12)}${'flagged'.padStart(w + 2)}${'passed'.padStart(w + 2)}`,
    `    ${'fake'.padEnd(12)}${String(tp).padStart(w + 2)}${String(fn).padStart(w + 2)}`,
    `    ${'real'.padEnd(12)}${String(fp).padStart(w + 2)}${String(tn).padStart(w + 2)}`,
  ].join('\n');
}
