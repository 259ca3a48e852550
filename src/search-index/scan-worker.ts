// A scan worker (started by scan-pool.ts): scans its share of the rows of each job it is sent. With one
// worker per job, or a brief without query terms, it answers at once; otherwise it first reports its
// range's best BM25 and waits for the best of all ranges (the niche component is relative to it).
import { parentPort } from 'node:worker_threads';
import { openScanJob } from './scan-job.ts';
import { collectCandidates, scoreCandidates, type Candidates } from './search-index.ts';
import type { ScanReply, ScanRequest } from './scan-messages.ts';

const port = parentPort!;
let waiting: { id: number; opened: ReturnType<typeof openScanJob>; candidates: Candidates } | null = null;

const reply = (message: ScanReply) => port.postMessage(message);

port.on('message', (message: ScanRequest) => {
  try {
    if (message.type === 'scan') {
      const opened = openScanJob(message.job);
      const candidates = collectCandidates(opened.index, opened.plan, message.ranges);
      if (!message.sharded) {
        return reply({
          id: message.id,
          result: scoreCandidates(opened.index, opened.plan, candidates, candidates.maxText),
        });
      }
      waiting = { id: message.id, opened, candidates };
      return reply({ id: message.id, maxText: candidates.maxText });
    }
    if (!waiting || waiting.id !== message.id) throw new Error(`scan ${message.id} was not started on this worker`);
    const { opened, candidates } = waiting;
    waiting = null;
    reply({ id: message.id, result: scoreCandidates(opened.index, opened.plan, candidates, message.maxText) });
  } catch (error) {
    waiting = null;
    reply({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
