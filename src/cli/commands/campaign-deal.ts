import { AppError } from '../../core/app-error.ts';
import { DEAL_STATUSES } from '../../core/shared/deal-status.ts';
import { setDealSchema } from '../../http/schemas/campaigns.ts';
import { parseWith } from '../../http/validate.ts';
import { presentEnrollment } from '../../presenters/present-campaign.ts';
import { setDealStatus } from '../../services/campaigns/set-deal-status.ts';
import { findCampaignByRef } from '../../storage/campaigns/find-campaign.ts';
import { listEnrollments } from '../../storage/campaigns/list-enrollments.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { moneyOption } from '../money-option.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = `microreach campaign deal --campaign C --creator platform:handle --status ${DEAL_STATUSES.join('|')} --workspace W [--fee 300] [--json]`;

export const campaignDealCommand: Command = {
  path: ['campaign', 'deal'],
  usage,
  summary:
    "Move a creator's deal (proposed → agreed → delivered → paid, or declined); the fee is spend from agreed on.",
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      {
        workspace: { type: 'string' },
        campaign: { type: 'string' },
        creator: { type: 'string' },
        status: { type: 'string' },
        fee: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    if (!values.campaign || !values.creator || !values.status)
      throw new AppError('bad_request', `--campaign, --creator and --status are required\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const campaign = await findCampaignByRef(db, workspace.id, values.campaign);
    if (!campaign) throw new AppError('not_found', `No campaign "${values.campaign}" in workspace ${workspace.slug}`);
    const input = parseWith(
      setDealSchema,
      {
        creator: values.creator,
        status: values.status,
        ...(values.fee === undefined ? {} : { fee_minor: moneyOption('fee', values.fee, campaign.currency) }),
      },
      'deal',
    );
    const { enrollmentId, changed } = await setDealStatus(db, workspace.id, campaign.id, input);
    const row = (await listEnrollments(db, workspace.id, campaign.id)).find((e) => e.id === enrollmentId)!;
    const e = presentEnrollment(row, campaign.currency);
    if (values.json) ctx.out(JSON.stringify(e, null, 2));
    else
      ctx.out(
        `${changed ? 'Deal' : 'Deal unchanged:'} ${values.creator} in "${campaign.name}" is ${e.deal.status}${e.deal.fee_is_spend ? ' (its fee counts as spend)' : ' (its fee is not spend)'}.`,
      );
  },
};
