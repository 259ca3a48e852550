import type { DB } from '../../src/storage/connect.ts';

const TABLES = [
  'creators',
  'accounts',
  'account_snapshots',
  'reported_metrics',
  'posts',
  'post_snapshots',
  'audiences',
  'audience_segments',
  'workspace_creators',
] as const;

/** Row counts of the creator-data tables, to show that something did or did not change. */
export async function tableCounts(db: DB): Promise<Record<(typeof TABLES)[number], number>> {
  const entries = await Promise.all(
    TABLES.map(
      async (table) =>
        [
          table,
          Number(
            (
              await db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<(typeof TABLES)[number], number>;
}
