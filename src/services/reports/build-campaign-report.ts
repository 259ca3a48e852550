import { campaignReport, type CampaignReport } from '../../core/reports/campaign-report.ts';
import type { DB } from '../../storage/connect.ts';
import { loadReportInput } from './load-report-input.ts';

/** The report of a campaign of this workspace (404 for another workspace's campaign). */
export async function buildCampaignReport(db: DB, workspaceId: number, campaignId: number): Promise<CampaignReport> {
  return campaignReport(await loadReportInput(db, workspaceId, campaignId));
}
