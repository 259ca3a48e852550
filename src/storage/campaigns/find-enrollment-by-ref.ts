import { AppError } from '../../core/app-error.ts';
import type { Platform } from '../../core/creators/creator-record.ts';
import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import type { DB } from '../connect.ts';

/** The enrollment of `platform:handle` in a campaign of this workspace; a clear 404 naming the creator otherwise. */
export async function findEnrollmentByRef(db: DB, workspaceId: number, campaignId: number, ref: string) {
  const [platform, ...rest] = ref.split(':') as [Platform, ...string[]];
  const handle = normalizeHandle(platform, rest.join(':')) ?? '';
  const row = await db
    .selectFrom('enrollments as e')
    .innerJoin('accounts as a', 'a.id', 'e.account_id')
    .select(['e.id', 'e.creator_id', 'e.campaign_id', 'e.workspace_id'])
    .where('e.workspace_id', '=', workspaceId)
    .where('e.campaign_id', '=', campaignId)
    .where('a.platform', '=', platform)
    .where('a.handle', '=', handle)
    .executeTakeFirst();
  if (!row)
    throw new AppError('not_found', `${ref} is not enrolled in campaign ${campaignId}`, [
      { path: 'creator', message: 'not enrolled' },
    ]);
  return { id: Number(row.id), creatorId: Number(row.creator_id), campaignId: Number(row.campaign_id) };
}
