// The delivery writer's worker thread (spawned by off-thread-batches.ts): its own connection to the
// SQLite file, on which it runs each batch it is sent (commit-batch.ts) and answers with the outcome.
// better-sqlite3 is synchronous: here the batch's statements and its COMMIT's fsync block this thread,
// not the one that parses requests.
import { parentPort, workerData } from 'node:worker_threads';
import { connect } from '../../storage/connect.ts';
import { statementCounter } from '../../storage/statement-counter.ts';
import { commitBatch } from './commit-batch.ts';
import type { DeliveryJob } from './delivery-writer.ts';
import type { BatchReply, BatchRequest, WorkerSetup } from './off-thread-batches.ts';

const setup = workerData as WorkerSetup;
// Counted for the bench (statements per delivery), as for the main connection.
const statements = statementCounter();
const db = connect(
  { dialect: 'sqlite', file: setup.file },
  { synchronous: setup.synchronous, busyTimeoutMs: setup.busyTimeoutMs },
).withPlugin(statements.plugin);
const port = parentPort!;

port.on('message', (message: BatchRequest | 'stop') => {
  if (message === 'stop') {
    db.destroy().finally(() => port.close());
    return;
  }
  const before = statements.count();
  const log = (line: string) => port.postMessage({ log: line } satisfies BatchReply);
  commitBatch(db, message.jobs as DeliveryJob[], { attempts: setup.attempts, log }).then(
    (outcome) =>
      port.postMessage({ id: message.id, outcome, statements: statements.count() - before } satisfies BatchReply),
    (error: Error) => port.postMessage({ id: message.id, failed: error.message } satisfies BatchReply),
  );
});
