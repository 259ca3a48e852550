import type { DB } from '../../storage/connect.ts';
import type { ClickRecorder } from './click-recorder.ts';

/**
 * Stores the click id the snippet reported for a cart / checkout token. Only click ids that exist in
 * the workspace are kept (flushing buffered clicks first), so the endpoint cannot be used to plant ids.
 */
export async function recordCheckoutClick(
  db: DB,
  clicks: ClickRecorder,
  workspaceSlug: string,
  clickId: string,
  token: string,
): Promise<boolean> {
  const workspace = await db.selectFrom('workspaces').select('id').where('slug', '=', workspaceSlug).executeTakeFirst();
  if (!workspace) return false;
  const find = () =>
    db
      .selectFrom('clicks')
      .select('id')
      .where('workspace_id', '=', workspace.id)
      .where('click_id', '=', clickId)
      .executeTakeFirst();
  let click = await find();
  if (!click && clicks.pending > 0) {
    await clicks.flush();
    click = await find();
  }
  if (!click) return false;
  await db
    .insertInto('checkout_clicks')
    .values({ workspace_id: workspace.id, token, click_id: clickId, reported_at: new Date().toISOString() })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'token']).doUpdateSet({ click_id: clickId, reported_at: new Date().toISOString() }),
    )
    .execute();
  return true;
}
