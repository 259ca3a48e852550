// The `connection.refresh` job: renews the token of a connection before it expires, reads her account again with
// it, and schedules the next renewal. A connection deleted meanwhile (she disconnected) makes it a no-op.
import type { ConnectionsConfig } from '../../config.ts';
import { isConnectionProvider } from '../../core/connections/providers.ts';
import type { FetchFn } from '../../connectors/http/get-json.ts';
import { findConnection } from '../../storage/connections/creator-connections.ts';
import { PermanentJobError, type JobHandler } from '../jobs/job-handler.ts';
import { connectionClients } from './connection-clients.ts';
import { CONNECTION_REFRESH_JOB, scheduleConnectionRefresh } from './schedule-connection-refresh.ts';
import { syncConnection } from './sync-connection.ts';

export function refreshConnectionJob(deps: {
  key: () => Buffer;
  connections: ConnectionsConfig;
  fetch?: FetchFn;
}): JobHandler {
  return {
    kind: CONNECTION_REFRESH_JOB,
    async run(job, { db, now }) {
      const id = Number((job.payload as { connectionId?: unknown }).connectionId);
      if (!Number.isInteger(id)) throw new PermanentJobError('payload has no connectionId');
      const row = await findConnection(db, id);
      if (!row) return { skipped: 'disconnected' };
      if (!isConnectionProvider(row.provider)) throw new PermanentJobError(`unknown provider ${row.provider}`);
      const client = connectionClients(deps.connections, deps.fetch)[row.provider];
      if (!client) throw new PermanentJobError(`${row.provider} is no longer configured`);
      const summary = await syncConnection(db, deps.key(), client, id, now, { forceRefresh: true });
      const renewed = await findConnection(db, id);
      if (renewed)
        await scheduleConnectionRefresh(db, id, renewed.access_expires_at, renewed.refreshed_at ?? now.toISOString());
      // The audience note (too few viewers, a permission not granted) goes into the job's result as well.
      return {
        refreshed: true,
        imported: summary?.imported ?? 0,
        updated: summary?.updated ?? 0,
        audienceNote: renewed?.audience_note ?? null,
      };
    },
  };
}
