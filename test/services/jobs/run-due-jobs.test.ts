import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermanentJobError, type JobHandler } from '../../../src/services/jobs/job-handler.ts';
import { runDueJobs } from '../../../src/services/jobs/run-due-jobs.ts';
import { enqueueJob } from '../../../src/storage/jobs/enqueue-job.ts';
import { openTestDatabase, type TestDatabase } from '../../support/test-db.ts';

const now = new Date('2026-12-01T09:00:00.000Z');

describe('runDueJobs', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase('sqlite');
  });
  afterEach(async () => t.close());

  it('completes, retries with backoff, or fails each job by what its handler did', async () => {
    const seen: unknown[] = [];
    const handler: JobHandler = {
      kind: 'echo',
      retry: { baseMs: 10_000, maxMs: 10_000 },
      async run(job) {
        const { outcome } = job.payload as { outcome: string };
        seen.push([outcome, job.attempt]);
        if (outcome === 'flaky') throw new Error('try later');
        if (outcome === 'bad') throw new PermanentJobError('never works');
        return { ok: outcome };
      },
    };
    for (const outcome of ['ok', 'flaky', 'bad'])
      await enqueueJob(
        t.db,
        { kind: 'echo', idempotencyKey: outcome, runAt: now.toISOString(), payload: { outcome } },
        now.toISOString(),
      );

    const summary = await runDueJobs(t.db, [handler], { now, worker: 'w', random: () => 0.5 });
    expect(summary).toMatchObject({ claimed: 3, done: 1, retried: 1, failed: 1 });
    const rows = await t.db
      .selectFrom('jobs')
      .select(['idempotency_key', 'status', 'result', 'last_error', 'run_at'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { idempotency_key: 'ok', status: 'done', result: '{"ok":"ok"}', last_error: null, run_at: now.toISOString() },
      {
        idempotency_key: 'flaky',
        status: 'queued',
        result: null,
        last_error: 'try later',
        run_at: '2026-12-01T09:00:10.000Z',
      },
      { idempotency_key: 'bad', status: 'failed', result: null, last_error: 'never works', run_at: now.toISOString() },
    ]);
    // Nothing is due until the backoff has passed; then only the flaky job runs again.
    expect((await runDueJobs(t.db, [handler], { now, worker: 'w' })).claimed).toBe(0);
    await runDueJobs(t.db, [handler], { now: new Date(now.getTime() + 10_000), worker: 'w' });
    expect(seen).toEqual([
      ['ok', 1],
      ['flaky', 1],
      ['bad', 1],
      ['flaky', 2],
    ]);
  });
});
