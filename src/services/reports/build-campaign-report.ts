import { campaignReport } from '../../core/reports/campaign-report.ts';
import { presentDeliverables } from '../../core/content/deliverable-rows.ts';
import type { DB } from '../../storage/connect.ts';
import { loadCampaignContent } from '../content/load-campaign-content.ts';
import { loadReportInput } from './load-report-input.ts';

const CONTENT_NOTES = {
  reach:
    "CPM and CPE use the impressions and engagements typed on the enrollment; without them, her tracked posts' latest metrics (impressions, else views; likes + comments).",
  deliverables:
    'Each deliverable is due, late (fewer posts than agreed after the due date), posted, or failing (a matched post fails a rule); every post lists pass / fail / unknown per rule with its evidence.',
};

/** The report of a campaign of this workspace (404 for another workspace's campaign), with every deliverable. */
export async function buildCampaignReport(db: DB, workspaceId: number, campaignId: number) {
  const [report, content] = await Promise.all([
    loadReportInput(db, workspaceId, campaignId).then(campaignReport),
    loadCampaignContent(db, workspaceId, campaignId),
  ]);
  const byEnrollment = new Map(content.creators.map((c) => [c.enrollment_id, c]));
  return {
    ...report,
    creators: report.creators.map((row) => {
      const c = byEnrollment.get(row.enrollment_id);
      return { ...row, deliverables: c ? presentDeliverables(c) : [] };
    }),
    content: { deliverables: content.deliverables, gifted_not_posted: content.gifted_not_posted },
    notes: { ...report.notes, ...CONTENT_NOTES },
  };
}

export type CampaignReportWithContent = Awaited<ReturnType<typeof buildCampaignReport>>;
