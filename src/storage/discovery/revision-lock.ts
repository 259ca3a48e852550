// Reservations and publications of data revisions take turns, across processes and on both dialects: each
// runs in a transaction whose first statement writes the published revision's meta row. On Postgres that
// is the row lock (under READ COMMITTED every later statement of the holder then sees what the previous
// holder committed); on SQLite it is the write lock, taken up front because a transaction that read first
// and wrote second could fail busy instead of waiting.
import type { DB } from '../connect.ts';

export async function underRevisionLock<T>(db: DB, work: (trx: DB) => Promise<T>): Promise<T> {
  const locked = async (trx: DB) => {
    await trx
      .updateTable('meta')
      .set((eb) => ({ value: eb.ref('value') }))
      .where('key', '=', 'data_revision')
      .execute();
    return work(trx);
  };
  return db.isTransaction ? locked(db) : db.transaction().execute(locked);
}
