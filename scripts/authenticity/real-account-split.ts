// InstaFake's 700 non-automated (real) accounts, split once and for all into a tuning half and a
// reporting half. Anything that chooses a setting (penalties, floors, thresholds, the synthetic
// noise) may read the tuning half only; `npm run eval:authenticity` reports on the reporting half,
// which no tuning ever reads, so its figures cannot flatter the settings.
import { seededRandom } from '../../src/core/seeded-random.ts';
import type { InstafakeRealAccount } from './load-instafake-nonautomated.ts';

/** Fixed with the split (the day it was introduced); changing it re-draws the halves: never do that to improve a figure. */
export const SPLIT_SEED = 20261204;

const reportingAccounts = new WeakSet<object>();

export interface RealAccountSplit {
  tuning: InstafakeRealAccount[];
  reporting: InstafakeRealAccount[];
}

/** A seeded shuffle of the file's order; the first half tunes, the second reports. */
export function splitRealAccounts(accounts: readonly InstafakeRealAccount[]): RealAccountSplit {
  const random = seededRandom(SPLIT_SEED);
  const order = accounts.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const half = Math.floor(order.length / 2);
  const reporting = order.slice(half).map((i) => accounts[i]!);
  for (const account of reporting) reportingAccounts.add(account);
  return { tuning: order.slice(0, half).map((i) => accounts[i]!), reporting };
}

/** Throws when a tuning tool is handed any account of the reporting half. */
export function refuseReportingHalf(accounts: readonly InstafakeRealAccount[], tool: string): void {
  const leaked = accounts.filter((a) => reportingAccounts.has(a)).length;
  if (leaked > 0) {
    throw new Error(
      `${tool} tunes settings and must not read the reporting half (${leaked} of its accounts were passed); ` +
        'use splitRealAccounts(...).tuning',
    );
  }
}
