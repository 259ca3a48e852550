// A worker thread of a large metrics refresh on a SQLite file: it reads the facts of the accounts
// it is given through its own connection (WAL lets readers run beside the writer) and derives
// their metrics and niche documents; the coordinating thread does all the writing.
import { parentPort, workerData } from 'node:worker_threads';
import { connect } from '../../storage/connect.ts';
import { loadAccountFactsBatch } from '../../storage/vetting/load-account-facts.ts';
import { deriveAccount } from './derive-account.ts';
import type { DerivedRows } from './derived-rows.ts';

export interface DeriveWorkerSetup {
  file: string;
  now: number;
}
export type DeriveCommand = { ids: number[] } | 'stop';
export type DeriveReport = { derived: DerivedRows[] } | { failed: string };

const setup = workerData as DeriveWorkerSetup;
const db = connect({ dialect: 'sqlite', file: setup.file }, { synchronous: 'NORMAL' });
const now = new Date(setup.now);

parentPort!.on('message', (command: DeriveCommand) => {
  if (command === 'stop') {
    void db.destroy().then(() => process.exit(0));
    return;
  }
  loadAccountFactsBatch(db, command.ids, now, { audiences: false })
    .then((loaded) => {
      const derived: DerivedRows[] = loaded.map((l) => {
        const d = deriveAccount(l, now);
        return { accountId: d.accountId, metrics: d.metrics, terms: [...d.document.terms], niches: d.niches };
      });
      parentPort!.postMessage({ derived } satisfies DeriveReport);
    })
    .catch((error: Error) => parentPort!.postMessage({ failed: error.stack ?? error.message } satisfies DeriveReport));
});
