// A payout batch for the terminal: one line per creator per currency, then the totals.
import { formatMoney } from '../core/shared/to-minor-units.ts';
import type { presentPayoutBatch } from './present-payouts.ts';

export function renderPayoutBatch(b: ReturnType<typeof presentPayoutBatch>): string {
  const lines = b.lines.map(
    (l) =>
      `  line ${l.id}  creator ${l.creator.id} ${l.creator.name ?? ''}  ${formatMoney(l.amount_minor, l.currency)}  ${l.status}${l.excluded_reason ? ` (${l.excluded_reason})` : ''}${l.failure_reason ? ` (${l.failure_reason})` : ''}`,
  );
  const totals = b.totals.map((t) => `  ${formatMoney(t.amount_minor, t.currency)} in ${t.lines} line(s)`);
  return [
    `Payout batch ${b.id} (${b.status}), payable as of ${b.as_of}${b.minimum_minor ? `, minimum ${b.minimum_minor} minor units` : ''}`,
    ...(lines.length ? lines : ['  nothing payable']),
    ...(totals.length ? ['Totals:', ...totals] : []),
  ].join('\n');
}
