// A random number kept in `meta`, made the first time it is asked for: it names the database an index
// snapshot was built from. Its location (file path, URL) does not: a database dropped and created again
// under the same URL, or a data directory copied to another server, must never load a foreign index.
import { randomInt } from 'node:crypto';
import type { DB } from '../connect.ts';

const KEY = 'database_identity';

/** The database's identity (made on first use; two processes asking at once get the same one). */
export async function readDatabaseIdentity(db: DB): Promise<string> {
  await db
    .insertInto('meta')
    .values({ key: KEY, value: randomInt(1, 2 ** 48 - 1) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('meta').select('value').where('key', '=', KEY).executeTakeFirstOrThrow();
  return String(row.value);
}
