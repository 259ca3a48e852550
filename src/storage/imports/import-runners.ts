// The process behind each import run: registered when the run starts, beaten with each batch, and
// asked about when deciding whether a "running" run is alive or was killed.
import { hostname } from 'node:os';
import type { DB } from '../connect.ts';

/** A run on another host is presumed dead when it has not committed a batch for this long. */
export const REMOTE_RUN_TIMEOUT_MS = 15 * 60_000;

export const thisRunner = () => `${hostname()}:${process.pid}`;

export async function registerRunner(db: DB, importId: number, now: string): Promise<void> {
  await db
    .insertInto('import_runners')
    .values({ import_id: importId, runner: thisRunner(), heartbeat_at: now, derived_at: null })
    .execute();
}

export async function beatRunner(db: DB, importId: number, now: string): Promise<void> {
  await db.updateTable('import_runners').set({ heartbeat_at: now }).where('import_id', '=', importId).execute();
}

export async function markDerived(db: DB, importId: number, now: string): Promise<void> {
  await db.updateTable('import_runners').set({ derived_at: now }).where('import_id', '=', importId).execute();
}

/** Whether the process that wrote `runner` is certainly gone (same host and no such pid, or silent too long). */
export function runnerIsGone(runner: string | null, heartbeatAt: string | null, nowMs: number): boolean {
  if (runner === null || heartbeatAt === null) return true;
  const [host, pid] = [runner.slice(0, runner.lastIndexOf(':')), Number(runner.slice(runner.lastIndexOf(':') + 1))];
  if (host === hostname()) return pid !== process.pid && !processAlive(pid);
  return nowMs - Date.parse(heartbeatAt) > REMOTE_RUN_TIMEOUT_MS;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
