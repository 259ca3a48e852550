// npm run bench:webhooks-out — outgoing webhooks delivered per second to a local receiver, and the
// latency from the event (emitEvent's commit) to its arrival, p50 / p99: events emitted, then the
// durable job queue's runner (runDueJobs, batches of 100, in the same process while events are
// emitted) signs and POSTs them.
// Baseline in the same run: the same number of signed POSTs sent straight from a loop (no database,
// no queue) — the floor the receiver and HTTP stack allow on this machine.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { signWebhook } from '../src/core/webhooks/sign-webhook.ts';
import { loadConfig } from '../src/config.ts';
import { runDueJobs } from '../src/services/jobs/run-due-jobs.ts';
import { createEndpoint } from '../src/services/webhooks/create-endpoint.ts';
import { webhookDeliverHandler } from '../src/services/webhooks/deliver-webhook.ts';
import { emitEvent } from '../src/services/webhooks/emit-event.ts';
import { loadSecretKey } from '../src/services/secrets/load-secret-key.ts';
import { connect } from '../src/storage/connect.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { ensureWorkspace } from '../src/storage/workspaces/workspaces.ts';

const COUNT = Number(process.env.BENCH_EVENTS ?? 2_000);
const arrived = new Map<string, number>();
const receiver = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    arrived.set(String(req.headers['webhook-id']), performance.timeOrigin + performance.now());
    res.writeHead(204).end();
  });
});
await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

const dir = mkdtempSync(join(tmpdir(), 'mr-bench-webhooks-out-'));
const config = loadConfig({ DATABASE_URL: join(dir, 'bench.db'), MICROREACH_DATA_DIR: dir });
const db = connect(config.database);
await migrateToLatest(db);
const key = loadSecretKey(config);
const ws = (await ensureWorkspace(db, 'bench')).id;
const endpoint = await createEndpoint(db, key, ws, { url, events: [] }, new Date());

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

// 1. Through the queue.
const emitted = new Map<string, number>();
const handlers = [webhookDeliverHandler({ key: () => key })];
const started = performance.now();
let emitting = true;
// The runner drains while events are being emitted, as in `serve` (one process, cooperative).
const drain = (async () => {
  while (emitting || arrived.size < COUNT) {
    const s = await runDueJobs(db, handlers, { now: new Date(), limit: 100 });
    if (s.claimed === 0) await new Promise((r) => setTimeout(r, 5));
  }
})();
for (let i = 0; i < COUNT; i++) {
  const { eventId } = await emitEvent(db, ws, 'deal.updated', { i }, new Date());
  const row = await db
    .selectFrom('webhook_events')
    .select('message_id')
    .where('id', '=', eventId)
    .executeTakeFirstOrThrow();
  emitted.set(row.message_id, performance.timeOrigin + performance.now());
  // Let the runner take its turn between events, as request handlers would.
  if (i % 10 === 9) await new Promise((r) => setImmediate(r));
}
emitting = false;
await drain;
const elapsed = (performance.now() - started) / 1000;
const latencies = [...emitted].map(([id, at]) => arrived.get(id)! - at).sort((a, b) => a - b);
const failed = await db.selectFrom('webhook_sends').select('id').where('status', '!=', 'delivered').execute();

// 2. Baseline: the same POSTs, signed, straight from a loop.
arrived.clear();
const baseStart = performance.now();
for (let i = 0; i < COUNT; i++) {
  const id = `msg_base_${i}`;
  const body = JSON.stringify({ type: 'deal.updated', timestamp: new Date().toISOString(), data: { i } });
  const ts = Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(ts),
      'webhook-signature': signWebhook([endpoint.secret], id, ts, body),
    },
    body,
  });
  await res.body?.cancel();
}
const baseElapsed = (performance.now() - baseStart) / 1000;

console.log(
  JSON.stringify(
    {
      command: 'npm run bench:webhooks-out',
      events: COUNT,
      machine: { cpus: cpus().length, node: process.version, database: 'sqlite (file)' },
      queue: {
        delivered_per_second: Math.round(COUNT / elapsed),
        seconds_emit_and_deliver: Number(elapsed.toFixed(2)),
        latency_ms: { p50: Math.round(percentile(latencies, 50)), p99: Math.round(percentile(latencies, 99)) },
        not_delivered: failed.length,
      },
      baseline_direct_posts: { per_second: Math.round(COUNT / baseElapsed) },
    },
    null,
    2,
  ),
);
await db.destroy();
receiver.close();
rmSync(dir, { recursive: true, force: true });
