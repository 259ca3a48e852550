import { presentCampaign } from '../../presenters/present-campaign.ts';
import { listCampaigns } from '../../storage/campaigns/list-campaigns.ts';
import type { Command } from '../command.ts';
import { openWorkspace } from '../open-workspace.ts';

const usage = 'microreach campaign list --workspace W [--json]';

export const campaignListCommand: Command = {
  path: ['campaign', 'list'],
  usage,
  summary: "List a workspace's campaigns.",
  run: async (args, ctx) => {
    const { db, workspace, json } = await openWorkspace(args, ctx, usage);
    const items = (await listCampaigns(db, workspace.id)).map(presentCampaign);
    if (json) ctx.out(JSON.stringify({ items }, null, 2));
    else if (items.length === 0)
      ctx.out('No campaigns yet: microreach campaign create --workspace W --name NAME --destination URL');
    else
      ctx.out(
        items
          .map((c) => `${String(c.id).padStart(4)}  ${c.name}  (${c.currency}, ${c.window_days} days, ${c.model})`)
          .join('\n'),
      );
  },
};
