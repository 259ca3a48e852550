// Postgres only: a dedicated connection LISTENing on the channel publishDataRevision NOTIFYs in the
// transaction that publishes a revision, so every instance hears of a new revision the moment it is
// committed instead of at its next poll. Notifications are per database, not per schema: the payload
// names the schema and only this connection's schema wakes the listener. A lost connection (Postgres
// restarted, a network cut) is reopened with backoff (0.5 s doubling to 30 s); meanwhile the poll
// (search-index/follow-revisions.ts) is what keeps the index current.
import pg from 'pg';
import { DATA_REVISION_CHANNEL } from './data-revision.ts';

export interface RevisionListener {
  /** Calls `listener` for every revision published in this schema; returns the unsubscribe. */
  wake(listener: () => void): () => void;
  /** Whether the LISTEN connection is up now (for /health and tests). */
  listening(): boolean;
  stop(): Promise<void>;
}

export function listenDataRevisions(connection: pg.ClientConfig, onError?: (error: unknown) => void): RevisionListener {
  const listeners = new Set<() => void>();
  let client: pg.Client | undefined;
  let up = false;
  let stopped = false;
  let delay = 500;
  let timer: NodeJS.Timeout | undefined;

  const open = async () => {
    if (stopped) return;
    const c = new pg.Client(connection);
    client = c;
    const lost = (error?: unknown) => {
      if (client !== c) return;
      client = undefined;
      up = false;
      c.removeAllListeners();
      void c.end().catch(() => undefined);
      if (stopped) return;
      if (error) onError?.(error);
      timer = setTimeout(() => void open(), delay);
      timer.unref();
      delay = Math.min(delay * 2, 30_000);
    };
    c.on('error', lost);
    c.on('end', () => lost(new Error('the LISTEN connection closed')));
    try {
      await c.connect();
      const schema = (await c.query<{ schema: string }>('select current_schema() as schema')).rows[0]?.schema;
      c.on('notification', (n) => {
        if (n.channel === DATA_REVISION_CHANNEL && n.payload?.split(' ')[0] === schema) for (const l of listeners) l();
      });
      await c.query(`listen ${DATA_REVISION_CHANNEL}`);
      up = true;
      delay = 500;
      // A revision published while the connection was down is caught up at once, not at the next poll.
      for (const l of listeners) l();
    } catch (error) {
      lost(error);
    }
  };
  void open();

  return {
    wake(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listening: () => up,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = undefined;
      up = false;
      await c?.end().catch(() => undefined);
    },
  };
}
