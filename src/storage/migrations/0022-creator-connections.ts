import type { Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// Connected accounts (issue 14 item 2): the OAuth `state` of a connection in progress (only its SHA-256 is kept;
// single use, minutes long, bound to the portal link that started it) and a creator's connection per provider,
// whose tokens are sealed with the installation key (label "connection:<id>:<provider>:<access|refresh>").
// Connections belong to the creator (shared layer), not to the workspace whose link she used.
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  await withId(db, db.schema.createTable('oauth_states'))
    .addColumn('state_sha256', 'text', (c) => c.notNull().unique())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('portal_link_id', big, (c) => c.notNull().references('portal_links.id').onDelete('cascade'))
    .addColumn('creator_id', big, (c) => c.notNull().references('creators.id').onDelete('cascade'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('creator_connections'))
    .addColumn('creator_id', big, (c) => c.notNull().references('creators.id').onDelete('cascade'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('account_external_id', 'text', (c) => c.notNull())
    .addColumn('account_handle', 'text', (c) => c.notNull())
    .addColumn('access_ciphertext', 'text', (c) => c.notNull())
    .addColumn('refresh_ciphertext', 'text')
    .addColumn('access_expires_at', 'text')
    .addColumn('refresh_expires_at', 'text')
    .addColumn('scope', 'text')
    .addColumn('workspace_id', big, (c) => c.references('workspaces.id').onDelete('set null'))
    .addColumn('connected_at', 'text', (c) => c.notNull())
    .addColumn('refreshed_at', 'text')
    .addColumn('synced_at', 'text')
    .addColumn('last_error', 'text')
    .addUniqueConstraint('creator_connections_creator_provider', ['creator_id', 'provider'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('creator_connections').execute();
  await db.schema.dropTable('oauth_states').execute();
}
