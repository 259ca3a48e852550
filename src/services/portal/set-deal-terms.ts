// The brand writes a deal's structured terms (deliverables with their rules, usage rights, exclusivity). A change
// changes the terms text, so an earlier acceptance no longer covers it and the creator is asked again.
import type { DealTerms } from '../../core/content/deal-terms.ts';
import { findEnrollmentByRef } from '../../storage/campaigns/find-enrollment-by-ref.ts';
import type { DB } from '../../storage/connect.ts';
import { saveDealTerms } from '../../storage/portal/deal-terms.ts';

export async function setDealTerms(
  db: DB,
  workspaceId: number,
  campaignId: number,
  creatorRef: string,
  terms: DealTerms,
) {
  const e = await findEnrollmentByRef(db, workspaceId, campaignId, creatorRef);
  await saveDealTerms(db, workspaceId, e.id, terms, new Date().toISOString());
  return e.id;
}
