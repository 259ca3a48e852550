// Proves the database accepts writes: a heartbeat committed in a transaction, so a read-only file,
// a lost Postgres primary or a refused commit shows up as an error instead of a health "ok".
import type { DB } from './connect.ts';

export const HEARTBEAT_KEY = 'health_heartbeat';

export async function probeWrites(db: DB): Promise<void> {
  const now = Date.now();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('meta')
      .values({ key: HEARTBEAT_KEY, value: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: now }))
      .execute();
  });
}
