// Keeps a running engine current with the published data revision without waiting for a query: it
// syncs when woken (Postgres: a NOTIFY sent in the transaction that publishes a revision, see
// storage/discovery/listen-data-revisions.ts) and every `pollMs` otherwise (SQLite, or while the
// listening connection is down). Queries still sync before they answer (discovery-engine.ts): the
// follower makes the next one find the index already folded in, and lets the snapshot keeper see
// the index move on an instance nobody is querying.
import type { DiscoveryEngine } from './discovery-engine.ts';

export interface FollowOptions {
  pollMs?: number;
  /** Subscribes to wake-ups; returns the unsubscribe. */
  wake?: (listener: () => void) => () => void;
  /** After every sync that moved the revision (the snapshot keeper checks then). */
  onSynced?: (revision: number) => void;
  onError?: (error: unknown) => void;
}

export interface RevisionFollower {
  stop(): void;
}

export function followRevisions(engine: DiscoveryEngine, o: FollowOptions = {}): RevisionFollower {
  let stopped = false;
  let running = false;
  let again = false;
  const run = async () => {
    if (stopped) return;
    // A wake-up during a sync runs one more after it (the sync may have read the revision before it).
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const before = engine.revision;
        await engine.sync();
        if (engine.revision !== before) o.onSynced?.(engine.revision);
      } while (again && !stopped);
    } catch (error) {
      o.onError?.(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), o.pollMs ?? 2_000);
  timer.unref();
  const unsubscribe = o.wake?.(() => void run());
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
      unsubscribe?.();
    },
  };
}
