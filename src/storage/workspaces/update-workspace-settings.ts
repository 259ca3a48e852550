import type { DB } from '../connect.ts';

/** Sets the workspace's brand name and/or currency; a field left undefined keeps its value. */
export async function updateWorkspaceSettings(
  db: DB,
  workspaceId: number,
  settings: { name?: string; currency?: string },
): Promise<void> {
  await db
    .updateTable('workspaces')
    .set({
      ...(settings.name !== undefined && { name: settings.name }),
      ...(settings.currency !== undefined && { currency: settings.currency }),
    })
    .where('id', '=', workspaceId)
    .execute();
}
