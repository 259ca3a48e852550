// What the merge fields of one creator's email are filled from: her names and email in the workspace
// layer (a workspace's own file wins over the shared profile), her handle, the brand's name, and — when
// the sequence belongs to a campaign — the campaign's product.
import type { DB } from '../connect.ts';

export interface MergeContextRow {
  creatorId: number;
  displayName: string | null;
  email: string | null;
  handle: string | null;
  platform: string | null;
}

export async function loadMergeContexts(
  db: DB,
  workspaceId: number,
  creatorIds: number[],
): Promise<Map<number, MergeContextRow>> {
  const out = new Map<number, MergeContextRow>();
  for (let i = 0; i < creatorIds.length; i += 500) {
    const chunk = creatorIds.slice(i, i + 500);
    const rows = await db
      .selectFrom('creators as c')
      .leftJoin('workspace_creator_data as w', (j) =>
        j.onRef('w.creator_id', '=', 'c.id').on('w.workspace_id', '=', workspaceId),
      )
      .select(['c.id', 'c.display_name', 'w.display_name as ws_name', 'w.email'])
      .where('c.id', 'in', chunk)
      .execute();
    const accounts = await db
      .selectFrom('accounts')
      .select(['creator_id', 'platform', 'handle'])
      .where('creator_id', 'in', chunk)
      .orderBy('id')
      .execute();
    const firstAccount = new Map<number, { platform: string; handle: string }>();
    for (const a of accounts) if (!firstAccount.has(Number(a.creator_id))) firstAccount.set(Number(a.creator_id), a);
    for (const r of rows) {
      const a = firstAccount.get(Number(r.id));
      out.set(Number(r.id), {
        creatorId: Number(r.id),
        displayName: r.ws_name ?? r.display_name,
        email: r.email,
        handle: a?.handle ?? null,
        platform: a?.platform ?? null,
      });
    }
  }
  return out;
}
