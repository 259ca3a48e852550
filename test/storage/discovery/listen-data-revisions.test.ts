// The wake-up of every instance's revision follower on Postgres: the NOTIFY goes out with the COMMIT of the
// publishing statement (none for a rolled-back one, none for another schema's revision), and the listening
// connection, once cut, comes back by itself and catches up.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishDataRevision, readDataRevision } from '../../../src/storage/discovery/data-revision.ts';
import { listenDataRevisions, type RevisionListener } from '../../../src/storage/discovery/listen-data-revisions.ts';
import { openTestDatabase, type TestDatabase } from '../../support/test-db.ts';

const url = process.env.TEST_DATABASE_URL;

describe.runIf(url)('listening for published data revisions (postgres)', () => {
  let t: TestDatabase;
  let other: TestDatabase;
  let listener: RevisionListener;
  let wakes = 0;
  beforeAll(async () => {
    [t, other] = await Promise.all([openTestDatabase('postgres'), openTestDatabase('postgres')]);
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(t.db);
    listener = listenDataRevisions({
      connectionString: url,
      options: `-c search_path=${rows[0]!.schema}`,
      application_name: `${rows[0]!.schema}-listener`,
    });
    listener.wake(() => wakes++);
    await vi.waitFor(() => expect(listener.listening()).toBe(true), { timeout: 10_000 });
  }, 120_000);
  afterAll(async () => {
    await listener?.stop();
    await Promise.all([t?.close(), other?.close()]);
  });

  it('wakes on a revision published in its schema, after the commit, and on no other', async () => {
    const before = wakes;
    await publishDataRevision(other.db, 5); // another schema of the same database
    await t.db
      .transaction()
      .execute(async (trx) => {
        await publishDataRevision(trx, 6);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await publishDataRevision(t.db, 0); // not a move forward: nothing published, nothing sent
    await publishDataRevision(t.db, 7);
    await vi.waitFor(() => expect(wakes).toBe(before + 1), { timeout: 10_000 });
    // Notifications arrive in commit order: the last one sent is in, so none of the others is on its way.
    expect(await readDataRevision(t.db)).toBe(7);
    await publishDataRevision(t.db, 8);
    await vi.waitFor(() => expect(wakes).toBe(before + 2), { timeout: 10_000 });
  });

  it('reconnects after its connection is cut, wakes once on return, then on the next revision', async () => {
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where application_name = current_schema() || '-listener'`.execute(t.db);
    await vi.waitFor(() => expect(listener.listening()).toBe(false), { timeout: 10_000 });
    const before = wakes;
    await vi.waitFor(() => expect(listener.listening()).toBe(true), { timeout: 20_000 });
    expect(wakes).toBe(before + 1);
    await publishDataRevision(t.db, 9);
    await vi.waitFor(() => expect(wakes).toBe(before + 2), { timeout: 10_000 });
  });
});
