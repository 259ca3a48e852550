import type { Kysely } from 'kysely';

// Connected accounts (issue 14): why the last read of a connection gave her no verified audience (TikTok shares
// none; YouTube reported too few viewers; the Analytics permission was not granted), shown in her portal. Null when
// nothing was missing.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('creator_connections').addColumn('audience_note', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('creator_connections').dropColumn('audience_note').execute();
}
