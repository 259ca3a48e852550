import { AppError } from '../../core/app-error.ts';
import { renderCampaignReport } from '../../presenters/render-campaign-report.ts';
import { buildCampaignReport } from '../../services/reports/build-campaign-report.ts';
import { findCampaignByRef } from '../../storage/campaigns/find-campaign.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = 'microreach campaign report CAMPAIGN --workspace W [--json]';

export const campaignReportCommand: Command = {
  path: ['campaign', 'report'],
  usage,
  summary:
    'Clicks, orders, revenue, spend, ROAS, CM-ROAS, CPA/CPM/CPE per creator and in total, by rule, flags, micro vs larger.',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      { workspace: { type: 'string' }, json: { type: 'boolean', default: false } },
      usage,
    );
    const ref = positionals[0];
    if (!ref) throw new AppError('bad_request', `CAMPAIGN is required (id or name)\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const campaign = await findCampaignByRef(db, workspace.id, ref);
    if (!campaign) throw new AppError('not_found', `No campaign "${ref}" in workspace ${workspace.slug}`);
    const report = await buildCampaignReport(db, workspace.id, campaign.id);
    if (values.json) return ctx.out(JSON.stringify(report, null, 2));
    const d = report.content.deliverables;
    const g = report.content.gifted_not_posted;
    ctx.out(
      `${renderCampaignReport(report)}\nDeliverables: ${d.due} due, ${d.late} late, ${d.posted} posted, ${d.failing} failing. ` +
        `Gifted but not posted: ${g.rate === null ? 'n/a' : `${g.not_posted} of ${g.gifted}`}.`,
    );
  },
};
