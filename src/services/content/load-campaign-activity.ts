// The brand's view of a campaign's portal and content activity: per creator, where the terms stand (with every
// answer and its evidence), the drafts with comments, and the deliverables with their checked posts.
import { termsState } from '../../core/portal/terms-state.ts';
import { listEnrollments } from '../../storage/campaigns/list-enrollments.ts';
import type { DB } from '../../storage/connect.ts';
import { loadPortalView } from '../portal/load-portal-view.ts';
import { loadCampaignContent } from './load-campaign-content.ts';

export async function loadCampaignActivity(db: DB, workspaceId: number, campaignId: number) {
  const content = await loadCampaignContent(db, workspaceId, campaignId);
  const enrollments = await listEnrollments(db, workspaceId, campaignId);
  const views = new Map<number, Awaited<ReturnType<typeof loadPortalView>>>();
  for (const e of enrollments)
    views.set(Number(e.id), await loadPortalView(db, { workspaceId, campaignId, enrollmentId: Number(e.id) }));
  return {
    content,
    perCreator: (enrollmentId: number) => {
      const v = views.get(enrollmentId)!;
      return { view: v, state: termsState(v.responses, { sha256: v.termsSha256, text: v.termsText }) };
    },
  };
}
