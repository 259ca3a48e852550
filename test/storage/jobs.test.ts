import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, type DB } from '../../src/storage/connect.ts';
import { claimDueJobs } from '../../src/storage/jobs/claim-due-jobs.ts';
import { enqueueJob } from '../../src/storage/jobs/enqueue-job.ts';
import { expireLeases } from '../../src/storage/jobs/expire-leases.ts';
import { completeJob, retryJob } from '../../src/storage/jobs/settle-job.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const T0 = '2026-12-01T09:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const claim = (db: DB, worker: string, now: string, limit = 10) =>
  claimDueJobs(db, { kinds: ['send'], worker, now, leaseUntil: at(5), limit });

describe.each(testDialects)('durable jobs on %s', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
  });
  afterEach(async () => t.close());

  it('keeps the first job of an idempotency key and hands due jobs out by priority, then time', async () => {
    const first = await enqueueJob(t.db, { kind: 'send', idempotencyKey: 'a', runAt: T0, payload: { n: 1 } }, T0);
    const again = await enqueueJob(t.db, { kind: 'send', idempotencyKey: 'a', runAt: at(9), payload: { n: 2 } }, T0);
    expect(again).toEqual({ id: first.id, created: false });
    await enqueueJob(t.db, { kind: 'send', idempotencyKey: 'b', runAt: T0, priority: 5 }, T0);
    await enqueueJob(t.db, { kind: 'send', idempotencyKey: 'later', runAt: at(60) }, T0);
    await enqueueJob(t.db, { kind: 'other', idempotencyKey: 'c', runAt: T0 }, T0);

    const jobs = await claim(t.db, 'w1', T0);
    expect(jobs.map((j) => j.idempotency_key)).toEqual(['b', 'a']);
    expect(JSON.parse(jobs[1]!.payload)).toEqual({ n: 1 });
    expect(jobs.every((j) => j.status === 'running' && j.attempts === 1 && j.lease_owner === 'w1')).toBe(true);
    expect(await claim(t.db, 'w2', T0)).toEqual([]);
  });

  it('settles only under a held lease, and retries until the attempts run out', async () => {
    const { id } = await enqueueJob(t.db, { kind: 'send', idempotencyKey: 'k', runAt: T0, maxAttempts: 2 }, T0);
    await claim(t.db, 'w1', T0);
    expect(await completeJob(t.db, { jobId: id, worker: 'intruder', now: T0 })).toBe(false);
    expect(await retryJob(t.db, { jobId: id, worker: 'w1', now: T0 }, 'smtp down', at(1))).toBe(true);
    expect(await claim(t.db, 'w1', T0)).toEqual([]);
    const [second] = await claim(t.db, 'w1', at(1));
    expect(second?.attempts).toBe(2);
    await retryJob(t.db, { jobId: id, worker: 'w1', now: at(1) }, 'smtp down again', at(2));
    const row = await t.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect([row.status, row.last_error]).toEqual(['failed', 'smtp down again']);
  });

  it('returns a dead worker’s job to the queue, but marks an at-most-once job unknown', async () => {
    const plain = await enqueueJob(t.db, { kind: 'send', idempotencyKey: 'plain', runAt: T0 }, T0);
    const once = await enqueueJob(t.db, { kind: 'send', idempotencyKey: 'once', runAt: T0, atMostOnce: true }, T0);
    await claim(t.db, 'dead', T0);
    expect(await expireLeases(t.db, at(4))).toBe(0);
    expect(await expireLeases(t.db, at(6))).toBe(2);
    const rows = await t.db.selectFrom('jobs').select(['id', 'status', 'last_error']).orderBy('id').execute();
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [plain.id, 'queued'],
      [once.id, 'unknown'],
    ]);
    expect(rows[1]?.last_error).toMatch(/lease expired .*dead/);
    // The late worker cannot complete what it no longer holds.
    expect(await completeJob(t.db, { jobId: once.id, worker: 'dead', now: at(7) })).toBe(false);
  });

  it.runIf(dialect === 'postgres')('never leases one job to two connections claiming at once', async () => {
    for (let i = 0; i < 200; i += 1) await enqueueJob(t.db, { kind: 'send', idempotencyKey: `j${i}`, runAt: T0 }, T0);
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(t.db)).rows[0]!.s;
    const others = Array.from({ length: 4 }, () =>
      connect({ dialect: 'postgres', url: process.env.TEST_DATABASE_URL! }, { searchPath: schema }),
    );
    try {
      const claimed: number[] = [];
      await Promise.all(
        others.map(async (db, w) => {
          for (;;) {
            const jobs = await claim(db, `w${w}`, T0, 7);
            if (jobs.length === 0) return;
            claimed.push(...jobs.map((j) => j.id));
          }
        }),
      );
      expect(claimed).toHaveLength(200);
      expect(new Set(claimed).size).toBe(200);
    } finally {
      await Promise.all(others.map((db) => db.destroy()));
    }
  });
});
