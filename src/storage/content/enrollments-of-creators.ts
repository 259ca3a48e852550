// The enrollments of some creators in every workspace, with what deciding "is this post a campaign post" needs: the
// enrolled account, the campaign's dates, her code and her tracked link. Used when fresh platform data arrives for
// those creators (the shared layer is one for the installation; each workspace sees only its own enrollments' content).
import type { DB } from '../connect.ts';
import { selectInChunks } from '../in-chunks.ts';

export function enrollmentsOfCreators(db: DB, creatorIds: readonly number[]) {
  return selectInChunks([...new Set(creatorIds)], (chunk) =>
    db
      .selectFrom('enrollments as e')
      .innerJoin('campaigns as k', 'k.id', 'e.campaign_id')
      .innerJoin('accounts as a', 'a.id', 'e.account_id')
      .leftJoin('tracked_links as l', 'l.enrollment_id', 'e.id')
      // A replaced code (leaked, then replaced) is not the enrollment's code any more.
      .leftJoin('discount_codes as d', (j) =>
        j.onRef('d.enrollment_id', '=', 'e.id').on('d.replaced_by_code_id', 'is', null),
      )
      .select([
        'e.id',
        'e.workspace_id',
        'e.campaign_id',
        'e.account_id',
        'a.platform',
        'k.starts_on',
        'k.ends_on',
        'l.key as link_key',
        'd.code',
      ])
      .where('e.creator_id', 'in', chunk)
      .orderBy('e.id')
      .execute(),
  );
}

export type CollectableEnrollment = Awaited<ReturnType<typeof enrollmentsOfCreators>>[number];
