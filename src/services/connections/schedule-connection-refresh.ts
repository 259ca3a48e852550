// The durable job that renews a connection's token before it expires (and reads her account again with it). One job
// per token: the key names the expiry it renews, so scheduling twice changes nothing and a renewed token gets its own.
import { refreshDueAt } from '../../core/connections/refresh-schedule.ts';
import type { DB } from '../../storage/connect.ts';
import { enqueueJob } from '../../storage/jobs/enqueue-job.ts';

export const CONNECTION_REFRESH_JOB = 'connection.refresh';

export async function scheduleConnectionRefresh(
  db: DB,
  connectionId: number,
  accessExpiresAt: string | null,
  issuedAt: string,
): Promise<void> {
  const due = refreshDueAt(accessExpiresAt, issuedAt);
  if (due === null) return;
  await enqueueJob(
    db,
    {
      kind: CONNECTION_REFRESH_JOB,
      idempotencyKey: `${CONNECTION_REFRESH_JOB}:${connectionId}:${accessExpiresAt}`,
      payload: { connectionId },
      runAt: due,
    },
    issuedAt,
  );
}
