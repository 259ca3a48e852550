import type { DB } from '../connect.ts';

/** The stored story file or insights screenshot of one content post of the workspace, or null (none, or not ours). */
export async function findContentFile(
  db: DB,
  workspaceId: number,
  contentId: number,
  which: 'media' | 'insights',
): Promise<{ path: string; type: string | null } | null> {
  const row = await db
    .selectFrom('content_posts')
    .select(['media_file', 'media_type', 'insights_file'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', contentId)
    .executeTakeFirst();
  if (!row) return null;
  if (which === 'media') return row.media_file ? { path: row.media_file, type: row.media_type } : null;
  return row.insights_file ? { path: row.insights_file, type: null } : null;
}
