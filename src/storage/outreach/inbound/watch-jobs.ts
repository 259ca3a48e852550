// The durable jobs that watch mailboxes (kind outreach.watch). One chain per mailbox: each job's key
// names the job before it (`outreach.watch:<mailbox>:after:<job id>`), so the job that ends a watch and
// a server that (re)starts the chain compute the same key, and the unique key lets only one exist.
import type { DB } from '../../connect.ts';

export const WATCH_KIND = 'outreach.watch';

export const watchKey = (mailboxId: number, afterJobId: number): string =>
  `${WATCH_KIND}:${mailboxId}:after:${afterJobId}`;

export interface WatchChainState {
  /** A queued or running watch job of this mailbox exists. */
  active: boolean;
  /** The newest watch job of this mailbox (0: none yet). */
  lastJobId: number;
}

export async function loadWatchChain(db: DB, mailboxId: number): Promise<WatchChainState> {
  const rows = await db
    .selectFrom('jobs')
    .select(['id', 'status'])
    .where('kind', '=', WATCH_KIND)
    .where('idempotency_key', 'like', `${WATCH_KIND}:${mailboxId}:after:%`)
    .orderBy('id', 'desc')
    .limit(20)
    .execute();
  return {
    active: rows.some((r) => r.status === 'queued' || r.status === 'running'),
    lastJobId: rows.length > 0 ? Number(rows[0]?.id) : 0,
  };
}
