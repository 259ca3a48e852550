// What one workspace's own layer holds about accounts (its CSV files), for import tests: the
// shared tables no longer receive file values (PRODUCT.md "Creator data layers").
import type { DB } from '../../src/storage/connect.ts';

/** Every account the workspace's files describe, with its own numbers and creator fields. */
export async function ownAccounts(db: DB, workspaceId: number) {
  const rows = await db
    .selectFrom('workspace_account_data as w')
    .innerJoin('accounts as a', 'a.id', 'w.account_id')
    .leftJoin('workspace_creator_data as c', (j) =>
      j.onRef('c.creator_id', '=', 'a.creator_id').on('c.workspace_id', '=', workspaceId),
    )
    .select([
      'a.id',
      'a.platform',
      'a.handle',
      'w.followers',
      'w.following',
      'w.posts_count',
      'w.observed_at',
      'w.source',
      'w.reported',
      'c.display_name',
      'c.country',
      'c.categories',
      'c.email',
    ])
    .where('w.workspace_id', '=', workspaceId)
    .orderBy('a.handle')
    .execute();
  return rows.map(({ reported, ...r }) => ({ ...r, metrics: metricsOf(reported) }));
}

export type OwnAccount = Awaited<ReturnType<typeof ownAccounts>>[number];

function metricsOf(reported: string): Record<string, number | string | null> {
  const list = JSON.parse(reported) as { metric: string; value?: number; text?: string }[];
  return Object.fromEntries(list.map((r) => [r.metric, r.value ?? r.text ?? null]));
}
