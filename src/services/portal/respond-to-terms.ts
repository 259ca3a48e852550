// The creator's answer to the terms from her portal. Accepting keeps the evidence (typed name, time, IP address, user
// agent, the exact terms text and its SHA-256) and agrees the deal; it is refused when the terms changed since the
// page showed them. Declining declines the deal; proposing changes waits for the brand. Repeats change nothing.
import { AppError } from '../../core/app-error.ts';
import { termsState } from '../../core/portal/terms-state.ts';
import { dealMoveError, type DealStatus } from '../../core/shared/deal-status.ts';
import type { DB } from '../../storage/connect.ts';
import { insertTermsResponse, listTermsResponses } from '../../storage/portal/terms-responses.ts';
import { loadPortalView } from './load-portal-view.ts';
import type { PortalSession } from './open-portal-link.ts';

export type TermsAnswerInput =
  | { kind: 'accepted'; typedName: string; shownSha256: string }
  | { kind: 'declined'; message: string | null }
  | { kind: 'proposed'; message: string; proposedFeeMinor: number | null };

export async function respondToTerms(
  db: DB,
  s: PortalSession,
  answer: TermsAnswerInput,
  evidence: { ip: string; userAgent: string },
  now = new Date().toISOString(),
): Promise<{ changed: boolean }> {
  const view = await loadPortalView(db, s);
  const state = termsState(view.responses, { sha256: view.termsSha256, text: view.termsText });
  if (answer.kind === 'accepted' && answer.shownSha256 !== view.termsSha256)
    throw new AppError('conflict', 'The terms changed since this page was opened. Read them again before accepting.', [
      { path: 'terms_sha256', message: 'not the current terms' },
    ]);
  if (state === answer.kind) return { changed: false };
  if (state === 'declined') throw new AppError('conflict', 'You declined this deal; it is closed.');
  const to: DealStatus | null = answer.kind === 'accepted' ? 'agreed' : answer.kind === 'declined' ? 'declined' : null;
  const current = view.deal.status;
  const moveTo = to && current !== to && !(to === 'agreed' && current !== 'proposed') ? to : null;
  const refused = moveTo ? dealMoveError(current, moveTo) : null;
  if (refused) throw new AppError('conflict', `This deal can no longer be ${answer.kind}: ${refused}`);
  await db.transaction().execute(async (trx) => {
    await insertTermsResponse(trx, {
      workspace_id: s.workspaceId,
      enrollment_id: s.enrollmentId,
      portal_link_id: s.linkId,
      kind: answer.kind,
      typed_name: answer.kind === 'accepted' ? answer.typedName : null,
      ip_address: evidence.ip.slice(0, 64),
      user_agent: evidence.userAgent.slice(0, 1000),
      terms_text: answer.kind === 'accepted' ? view.termsText : null,
      terms_sha256: view.termsSha256,
      message: answer.kind === 'accepted' ? null : answer.message,
      proposed_fee_minor: answer.kind === 'proposed' ? answer.proposedFeeMinor : null,
      created_at: now,
    });
    if (moveTo)
      await trx
        .updateTable('enrollments')
        .set({ deal_status: moveTo, deal_status_at: now, updated_at: now })
        .where('workspace_id', '=', s.workspaceId)
        .where('id', '=', s.enrollmentId)
        .execute();
  });
  return { changed: true };
}
