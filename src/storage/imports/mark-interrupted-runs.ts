// Import runs left "running" by a process that died (kill -9, crash, power loss) are marked
// interrupted, so no run says "running" forever. Runs of live processes are left alone.
import type { DB } from '../connect.ts';
import { runnerIsGone } from './import-runners.ts';

export async function markInterruptedRuns(db: DB, now = new Date()): Promise<number[]> {
  const running = await db
    .selectFrom('imports')
    .leftJoin('import_runners', 'import_runners.import_id', 'imports.id')
    .select(['imports.id', 'import_runners.runner', 'import_runners.heartbeat_at'])
    .where('imports.status', '=', 'running')
    .execute();
  const dead = running.filter((r) => runnerIsGone(r.runner, r.heartbeat_at, now.getTime())).map((r) => Number(r.id));
  if (dead.length > 0) {
    await db
      .updateTable('imports')
      .set({ status: 'interrupted', finished_at: now.toISOString() })
      .where('id', 'in', dead)
      .where('status', '=', 'running')
      .execute();
  }
  return dead;
}
