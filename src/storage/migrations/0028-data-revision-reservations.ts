import type { Kysely } from 'kysely';
import { bigCount } from '../dialect.ts';

// The revision race (docs/scaling.md "Data revisions"): every metrics refresh reserves a revision number
// of its own here, and a revision is published only once every reservation at or below it is finished,
// so two refreshes at once (on one instance or several) neither share a number nor let an engine sync
// past rows still being written. The runner and its heartbeat tell a refresh killed mid-way from a slow
// one, as import_runners does for imports.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_revision_reservations')
    .addColumn('revision', bigCount(db), (c) => c.primaryKey())
    .addColumn('runner', 'text', (c) => c.notNull())
    .addColumn('beat_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('data_revision_reservations').execute();
}
