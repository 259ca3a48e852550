// The delivery writer's worker thread (spawned by off-thread-batches.ts): its own connection to the
// SQLite file, on which it runs each batch it is sent (commit-batch.ts) and answers with the outcome.
// better-sqlite3 is synchronous: here the batch's statements and its COMMIT's fsync block this thread,
// not the one that parses requests.
import { parentPort, workerData } from 'node:worker_threads';
import type { KyselyPlugin } from 'kysely';
import { connect } from '../../storage/connect.ts';
import { commitBatch } from './commit-batch.ts';
import type { DeliveryJob } from './delivery-writer.ts';
import type { BatchReply, BatchRequest, WorkerSetup } from './off-thread-batches.ts';

const setup = workerData as WorkerSetup;
let statements = 0;
// Counted for the bench (statements per delivery): once per executed statement, as for the main connection.
const countStatements: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => {
    statements += 1;
    return args.result;
  },
};
const db = connect(
  { dialect: 'sqlite', file: setup.file },
  { synchronous: setup.synchronous, busyTimeoutMs: setup.busyTimeoutMs },
).withPlugin(countStatements);
const port = parentPort!;

port.on('message', (message: BatchRequest | 'stop') => {
  if (message === 'stop') {
    db.destroy().finally(() => port.close());
    return;
  }
  const before = statements;
  const log = (line: string) => port.postMessage({ log: line } satisfies BatchReply);
  commitBatch(db, message.jobs as DeliveryJob[], { attempts: setup.attempts, log }).then(
    (outcome) => port.postMessage({ id: message.id, outcome, statements: statements - before } satisfies BatchReply),
    (error: Error) => port.postMessage({ id: message.id, failed: error.message } satisfies BatchReply),
  );
});
