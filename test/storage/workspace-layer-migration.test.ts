// Migration 0008 on a database written before the layers: emails move to the layer of each workspace
// that had the creator (nothing is lost), the shared copy is cleared (demo creators keep theirs),
// another workspace's file names leave the shared rows, and brand workspaces keep their link hosts.
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../src/storage/migrate.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe.each(testDialects)('migration 0008-workspace-layer on %s', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    // The version before the layers, with later migrations (numbered 0006+) not applied yet.
    t = await openTestDatabase(dialect, { migrate: false });
    await migrateTo(t.db, '0005-discovery');
  });
  afterEach(async () => t.close());

  it('moves emails to the workspace layer, clears the shared copy and file names, keeps link hosts', async () => {
    const db = t.db as unknown as Kysely<any>;
    const now = '2026-01-01T00:00:00.000Z';
    const ws = async (slug: string) =>
      Number(
        (
          await db
            .insertInto('workspaces')
            .values({ slug, name: slug, currency: 'GBP', created_at: now })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
    const [a, b, demo] = [await ws('a'), await ws('b'), await ws('demo')];
    const creator = async (email: string | null, isDemo = false) =>
      Number(
        (
          await db
            .insertInto('creators')
            .values({
              display_name: 'X',
              email,
              categories: '[]',
              demo: isDemo ? '{}' : null,
              created_at: now,
              updated_at: now,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
    const [shared, synthetic] = [await creator('ana@example.com'), await creator('bot@demo.example', true)];
    for (const w of [a, b])
      await db
        .insertInto('workspace_creators')
        .values({ workspace_id: w, creator_id: shared, source: 'import:creator_csv', added_at: now })
        .execute();
    await db
      .insertInto('workspace_creators')
      .values({ workspace_id: demo, creator_id: synthetic, source: 'demo', added_at: now })
      .execute();
    await db
      .insertInto('accounts')
      .values({
        creator_id: shared,
        platform: 'instagram',
        handle: 'ana',
        followers: 10,
        observed_at: now,
        source: 'csv:secret.csv',
        fetched_at: now,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const campaign = (w: number, url: string) =>
      db
        .insertInto('campaigns')
        .values({
          workspace_id: w,
          name: url,
          currency: 'GBP',
          destination_url: url,
          utm_source: 's',
          utm_medium: 'm',
          utm_campaign: 'c',
          created_at: now,
          updated_at: now,
        })
        .execute();
    await campaign(a, 'https://Shop.A.example/x');
    await campaign(demo, 'https://evil.example/');
    await campaign(demo, 'https://demo-shop.example/anklets');

    await migrateToLatest(t.db);

    const layer = await t.db
      .selectFrom('workspace_creator_data')
      .select(['workspace_id', 'creator_id', 'email'])
      .orderBy('workspace_id')
      .execute();
    expect(layer).toEqual([
      { workspace_id: a, creator_id: shared, email: 'ana@example.com' },
      { workspace_id: b, creator_id: shared, email: 'ana@example.com' },
    ]);
    const emails = await t.db.selectFrom('creators').select(['id', 'email']).orderBy('id').execute();
    expect(emails).toEqual([
      { id: shared, email: null },
      { id: synthetic, email: 'bot@demo.example' },
    ]);
    expect((await t.db.selectFrom('accounts').select('source').executeTakeFirstOrThrow()).source).toBe('csv');
    const domains = await t.db.selectFrom('workspaces').select(['slug', 'allowed_domains']).orderBy('slug').execute();
    expect(domains).toEqual([
      { slug: 'a', allowed_domains: '["shop.a.example"]' },
      { slug: 'b', allowed_domains: '[]' },
      { slug: 'demo', allowed_domains: '["demo-shop.example"]' },
    ]);
  });
});
