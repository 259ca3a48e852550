import { sql, type Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// The workspace layer of creator data (PRODUCT.md "Creator data layers"): what one workspace
// imports from files or types about a creator or an account, visible to that workspace only and
// shown on top of the shared layer (which only connectors, consented connections and the demo
// generator write). Also the domains a workspace's tracked links may point to.
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  await db.schema
    .createTable('workspace_creator_data')
    .addColumn('workspace_id', big, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('creator_id', big, (c) => c.notNull().references('creators.id').onDelete('cascade'))
    .addColumn('display_name', 'text')
    .addColumn('email', 'text')
    .addColumn('country', 'text')
    .addColumn('language', 'text')
    .addColumn('categories', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('workspace_creator_data_pk', ['workspace_id', 'creator_id'])
    .execute();

  await db.schema
    .createTable('workspace_account_data')
    .addColumn('workspace_id', big, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('account_id', big, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('display_name', 'text')
    .addColumn('bio', 'text')
    .addColumn('website', 'text')
    .addColumn('followers', big)
    .addColumn('following', big)
    .addColumn('posts_count', big)
    .addColumn('reported', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('observed_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('workspace_account_data_pk', ['workspace_id', 'account_id'])
    .execute();
  await db.schema
    .createIndex('workspace_account_data_account')
    .on('workspace_account_data')
    .column('account_id')
    .execute();

  // A workspace's own follower history: the dated snapshots of its files (growth between its own lists).
  await withId(db, db.schema.createTable('workspace_account_snapshots'))
    .addColumn('workspace_id', big, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('account_id', big, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('observed_at', 'text', (c) => c.notNull())
    .addColumn('followers', big)
    .addColumn('following', big)
    .addColumn('posts_count', big)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workspace_account_snapshots_key')
    .on('workspace_account_snapshots')
    .columns(['workspace_id', 'account_id', 'observed_at'])
    .unique()
    .execute();

  await db.schema
    .alterTable('workspaces')
    .addColumn('allowed_domains', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();

  // Emails were stored installation-wide by file imports. Contact data is workspace layer: each
  // workspace that had the creator in its pool keeps the email it could already read; the shared
  // copy is cleared (demo creators are synthetic and keep theirs).
  await sql`insert into workspace_creator_data (workspace_id, creator_id, email, categories, source, updated_at)
    select wc.workspace_id, c.id, c.email, '[]', 'before layers', c.updated_at
    from creators c join workspace_creators wc on wc.creator_id = c.id
    where c.email is not null and c.demo is null`.execute(db);
  await sql`update creators set email = null where email is not null and demo is null`.execute(db);
  // Tracked links now point only to allowed domains: each brand workspace keeps the hosts its
  // campaigns and links already use (the demo sandbox gets its shop's domain when it is seeded).
  const destinations = [
    ...(await db.selectFrom('campaigns').select(['workspace_id', 'destination_url']).execute()),
    ...(await db.selectFrom('tracked_links').select(['workspace_id', 'destination_url']).execute()),
  ] as { workspace_id: number; destination_url: string }[];
  const hosts = new Map<number, Set<string>>();
  for (const d of destinations) {
    const host = hostOf(d.destination_url);
    if (host) hosts.set(Number(d.workspace_id), (hosts.get(Number(d.workspace_id)) ?? new Set()).add(host));
  }
  for (const [workspaceId, set] of hosts) {
    await db
      .updateTable('workspaces')
      .set({ allowed_domains: JSON.stringify([...set].sort()) })
      .where('id', '=', workspaceId)
      .where('slug', '!=', 'demo')
      .execute();
    // The demo sandbox keeps only its generated shop: whatever else it linked to stops redirecting.
    if (set.has(DEMO_SHOP)) {
      await db
        .updateTable('workspaces')
        .set({ allowed_domains: JSON.stringify([DEMO_SHOP]) })
        .where('id', '=', workspaceId)
        .where('slug', '=', 'demo')
        .execute();
    }
  }
  // File names of another workspace's imports are not shared: earlier CSV values keep their kind only.
  for (const table of ['accounts', 'account_snapshots', 'reported_metrics']) {
    await sql`update ${sql.table(table)} set source = 'csv' where source like 'csv:%'`.execute(db);
  }
}

const DEMO_SHOP = 'demo-shop.example';

function hostOf(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workspaces').dropColumn('allowed_domains').execute();
  await db.schema.dropTable('workspace_account_snapshots').execute();
  await db.schema.dropTable('workspace_account_data').execute();
  await db.schema.dropTable('workspace_creator_data').execute();
}
