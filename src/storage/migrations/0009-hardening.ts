import type { Kysely } from 'kysely';
import { bigCount } from '../dialect.ts';

// Import runs that survive their process: who runs each import (to tell a dead run from a live one
// in another process) and whether its derived rows were finished (so a rerun after a crash finishes them).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_runners')
    .addColumn('import_id', bigCount(db), (c) => c.primaryKey().references('imports.id').onDelete('cascade'))
    .addColumn('runner', 'text', (c) => c.notNull())
    .addColumn('heartbeat_at', 'text', (c) => c.notNull())
    .addColumn('derived_at', 'text')
    .execute();
}
