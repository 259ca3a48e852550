import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreatorRecord } from '../../src/core/creators/creator-record.ts';
import { saveCreatorRecord } from '../../src/storage/creators/save-creator-record.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const provenance = (observedAt: string) => ({ source: 'test', observedAt, fetchedAt: '2026-01-01T00:00:00.000Z' });

const record = (overrides: Partial<CreatorRecord['accounts'][number]> = {}): CreatorRecord => ({
  displayName: 'Ana Feet',
  country: 'GB',
  categories: ['footwear'],
  accounts: [
    {
      platform: 'instagram',
      handle: 'ana.feet',
      followers: 31000,
      following: 400,
      postsCount: 120,
      provenance: provenance('2026-01-01T00:00:00.000Z'),
      reported: [{ metric: 'engagement_rate', value: 0.031 }],
      posts: [
        {
          externalId: 'p1',
          type: 'image',
          postedAt: '2025-12-20T10:00:00.000Z',
          caption: 'anklets #summer',
          hashtags: ['summer'],
          likes: 900,
          comments: 40,
          commentThreads: [
            {
              externalId: 'c1',
              authorHandle: 'fan1',
              text: 'love it',
              commentedAt: '2025-12-20T11:00:00.000Z',
              byCreator: false,
            },
            {
              externalId: 'c2',
              authorHandle: 'ana.feet',
              text: 'thank you!',
              commentedAt: '2025-12-20T12:00:00.000Z',
              replyTo: 'c1',
              byCreator: true,
            },
          ],
        },
      ],
      audiences: [
        {
          dimension: 'country',
          source: 'estimated',
          origin: 'test',
          asOf: '2026-01-01',
          segments: [
            { key: 'GB', share: 0.6 },
            { key: 'US', share: 0.4 },
          ],
        },
      ],
      ...overrides,
    },
  ],
});

describe.each(testDialects)('saveCreatorRecord on %s', (dialect) => {
  let t: TestDatabase;
  let workspaceId: number;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    workspaceId = (await ensureWorkspace(t.db, 'acme')).id;
  });
  afterEach(async () => t.close());

  const save = (r: CreatorRecord) =>
    t.db
      .transaction()
      .execute((trx) => saveCreatorRecord(trx, r, { workspaceId, via: 'test', now: '2026-01-02T00:00:00.000Z' }));

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        (
          [
            'creators',
            'accounts',
            'account_snapshots',
            'reported_metrics',
            'posts',
            'post_snapshots',
            'comments',
            'audiences',
            'audience_segments',
            'workspace_creators',
          ] as const
        ).map(async (table) => [
          table,
          Number(
            (
              await t.db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ]),
      ),
    );

  it('stores a whole record and reports it as imported', async () => {
    const { outcome } = await save(record());
    expect(outcome).toBe('imported');
    expect(await counts()).toEqual({
      creators: 1,
      accounts: 1,
      account_snapshots: 1,
      reported_metrics: 1,
      posts: 1,
      post_snapshots: 1,
      comments: 2,
      audiences: 1,
      audience_segments: 2,
      workspace_creators: 1,
    });
  });

  it('changes nothing when the same record is saved again', async () => {
    await save(record());
    const before = await counts();
    const { outcome } = await save(record());
    expect(outcome).toBe('unchanged');
    expect(await counts()).toEqual(before);
  });

  it('adds history and updates the latest numbers on a newer snapshot', async () => {
    await save(record());
    const { outcome } = await save(record({ followers: 33000, provenance: provenance('2026-02-01T00:00:00.000Z') }));
    expect(outcome).toBe('updated');
    const account = await t.db.selectFrom('accounts').selectAll().executeTakeFirstOrThrow();
    expect(account.followers).toBe(33000);
    const history = await t.db
      .selectFrom('account_snapshots')
      .select(['observed_at', 'followers'])
      .orderBy('observed_at')
      .execute();
    expect(history.map((h) => h.followers)).toEqual([31000, 33000]);
  });

  it('keeps the latest numbers when an older snapshot arrives later', async () => {
    await save(record({ followers: 33000, provenance: provenance('2026-02-01T00:00:00.000Z') }));
    await save(record({ followers: 29000, provenance: provenance('2025-11-01T00:00:00.000Z') }));
    const account = await t.db.selectFrom('accounts').selectAll().executeTakeFirstOrThrow();
    expect(account.followers).toBe(33000);
    expect(await t.db.selectFrom('account_snapshots').select('followers').orderBy('observed_at').execute()).toEqual([
      { followers: 29000 },
      { followers: 33000 },
    ]);
  });

  it('never erases a known value with an unknown one', async () => {
    await save(record());
    await save({
      accounts: [{ platform: 'instagram', handle: 'ana.feet', provenance: provenance('2026-01-01T00:00:00.000Z') }],
    });
    const creator = await t.db.selectFrom('creators').selectAll().executeTakeFirstOrThrow();
    expect(creator.display_name).toBe('Ana Feet');
    expect((await t.db.selectFrom('accounts').selectAll().executeTakeFirstOrThrow()).followers).toBe(31000);
  });
});
