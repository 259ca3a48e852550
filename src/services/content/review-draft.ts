// The brand approves a draft (recording the usage rights granted: organic re-post, paid ads / allowlisting, and how
// long from now) or asks for changes, with a comment either way. Deciding the same way again changes nothing.
import { AppError, notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { findDraft, insertDraftComment } from '../../storage/content/content-drafts.ts';
import { loadDealTerms } from '../../storage/portal/deal-terms.ts';

export interface DraftReview {
  decision: 'approved' | 'changes_requested';
  comment?: string | null;
  /** Absent on approval = the rights of the deal's terms. */
  rights?: { organic: boolean; paid_ads: boolean; days?: number | null } | null;
}

export async function reviewDraft(
  db: DB,
  workspaceId: number,
  draftId: number,
  review: DraftReview,
  userId: number | null,
  now = new Date(),
) {
  const draft = await findDraft(db, workspaceId, draftId);
  if (!draft) throw notFound(`Draft ${draftId}`);
  if (draft.status === review.decision && !review.comment) return { changed: false };
  if (draft.status === 'approved' && review.decision !== 'approved')
    throw new AppError('conflict', `Draft ${draftId} is already approved`, [
      { path: 'decision', message: 'already approved' },
    ]);
  const rights =
    review.decision === 'approved'
      ? (review.rights ?? (await loadDealTerms(db, workspaceId, Number(draft.enrollment_id))).terms.usage_rights)
      : null;
  const days = rights && (rights.organic || rights.paid_ads) ? (rights.days ?? null) : null;
  await db.transaction().execute(async (trx) => {
    if (draft.status !== review.decision)
      await trx
        .updateTable('content_drafts')
        .set({
          status: review.decision,
          decided_by: userId,
          decided_at: now.toISOString(),
          rights_organic: rights ? (rights.organic ? 1 : 0) : null,
          rights_paid_ads: rights ? (rights.paid_ads ? 1 : 0) : null,
          rights_days: days,
          rights_expires_at: days ? new Date(now.getTime() + days * 86_400_000).toISOString() : null,
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', draftId)
        .execute();
    if (review.comment)
      await insertDraftComment(trx, {
        draftId,
        workspaceId,
        author: 'brand',
        userId,
        body: review.comment,
        now: now.toISOString(),
      });
  });
  return { changed: true };
}
