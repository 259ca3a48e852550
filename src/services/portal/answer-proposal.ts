// The brand answers a creator's proposal: accept it (her proposed fee, when she named one, becomes the fee) or
// counter (a message and optionally another fee). Either way the terms text changes or stands, and she accepts it
// from her portal: an answer never agrees the deal by itself.
import { AppError, notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { insertTermsResponse } from '../../storage/portal/terms-responses.ts';

export async function answerProposal(
  db: DB,
  workspaceId: number,
  proposalId: number,
  answer: { answer: 'accept' | 'counter'; message?: string | null; fee_minor?: number | null },
  userId: number | null,
) {
  const proposal = await db
    .selectFrom('terms_responses')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', proposalId)
    .where('kind', '=', 'proposed')
    .executeTakeFirst();
  if (!proposal) throw notFound(`Proposal ${proposalId}`);
  const later = await db
    .selectFrom('terms_responses')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('enrollment_id', '=', proposal.enrollment_id)
    .where('id', '>', proposalId)
    .executeTakeFirst();
  if (later) throw new AppError('conflict', `Proposal ${proposalId} was already answered or replaced`);
  if (answer.answer === 'counter' && !answer.message && answer.fee_minor == null)
    throw new AppError('validation_failed', 'A counter needs a message or a fee', [
      { path: 'message', message: 'required' },
    ]);
  const fee = answer.answer === 'accept' ? proposal.proposed_fee_minor : (answer.fee_minor ?? null);
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const id = await insertTermsResponse(trx, {
      workspace_id: workspaceId,
      enrollment_id: proposal.enrollment_id,
      user_id: userId,
      kind: answer.answer === 'accept' ? 'proposal_accepted' : 'countered',
      message: answer.message ?? null,
      proposed_fee_minor: fee,
      answers_id: proposalId,
      created_at: now,
    });
    if (fee !== null)
      await trx
        .updateTable('enrollments')
        .set({ fee_minor: fee, updated_at: now })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', proposal.enrollment_id)
        .execute();
    return { id, enrollment_id: Number(proposal.enrollment_id), fee_minor: fee };
  });
}
