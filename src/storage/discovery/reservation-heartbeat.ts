// Keeps a reservation of this process visibly alive while its refresh writes, so another instance tells a
// long refresh on another host from a killed one (a silent reservation is presumed dead after
// REMOTE_RUN_TIMEOUT_MS). Timers do not keep the process alive; a failed beat is retried at the next.
import type { DB } from '../connect.ts';

const BEAT_MS = 60_000;
const beating = new Map<number, NodeJS.Timeout>();

export function startReservationHeartbeat(db: DB, revision: number): void {
  const timer = setInterval(() => {
    db.updateTable('data_revision_reservations')
      .set({ beat_at: new Date().toISOString() })
      .where('revision', '=', revision)
      .execute()
      .catch(() => undefined);
  }, BEAT_MS);
  timer.unref();
  beating.set(revision, timer);
}

export function stopReservationHeartbeat(revision: number): void {
  clearInterval(beating.get(revision));
  beating.delete(revision);
}
