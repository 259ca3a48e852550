import { createCampaignSchema } from '../../core/campaigns/campaign-input.ts';
import { parseWith } from '../../http/validate.ts';
import { presentCampaign } from '../../presenters/present-campaign.ts';
import { createCampaign } from '../../services/campaigns/create-campaign.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { parsePercentToBps } from '../../core/money/commission.ts';
import { AppError } from '../../core/app-error.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage =
  'microreach campaign create --workspace W --name NAME --destination URL [--brief TEXT] [--starts YYYY-MM-DD] [--ends YYYY-MM-DD] [--currency GBP] [--window-days 30] [--hold-days 30] [--model last_click|first_click] [--utm-source S] [--utm-medium M] [--utm-campaign C] [--cogs 35%] [--json]';

export const campaignCreateCommand: Command = {
  path: ['campaign', 'create'],
  usage,
  summary: 'Create a campaign (attribution window and model, destination and UTM parameters of its tracked links).',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      {
        workspace: { type: 'string' },
        name: { type: 'string' },
        destination: { type: 'string' },
        brief: { type: 'string' },
        starts: { type: 'string' },
        ends: { type: 'string' },
        currency: { type: 'string' },
        'window-days': { type: 'string' },
        'hold-days': { type: 'string' },
        model: { type: 'string' },
        'utm-source': { type: 'string' },
        'utm-medium': { type: 'string' },
        'utm-campaign': { type: 'string' },
        cogs: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const cogs = values.cogs === undefined ? undefined : parsePercentToBps(values.cogs);
    if (values.cogs !== undefined && cogs === undefined)
      throw new AppError('bad_request', `--cogs must be a percentage such as 35%, got "${values.cogs}"`);
    const input = parseWith(
      createCampaignSchema,
      {
        name: values.name,
        destination_url: values.destination,
        brief: values.brief,
        starts_on: values.starts,
        ends_on: values.ends,
        currency: values.currency?.toUpperCase(),
        window_days: intOption('window-days', values['window-days'], 30, 1),
        hold_days: intOption('hold-days', values['hold-days'], 30, 0),
        model: values.model,
        utm_source: values['utm-source'],
        utm_medium: values['utm-medium'],
        utm_campaign: values['utm-campaign'],
        cogs_bps: cogs,
      },
      'campaign',
    );
    const campaign = presentCampaign(await createCampaign(db, workspace.id, input));
    if (values.json) ctx.out(JSON.stringify(campaign, null, 2));
    else
      ctx.out(
        `Campaign ${campaign.id} "${campaign.name}" created (${campaign.currency}, ${campaign.window_days}-day window, ${campaign.model.replace('_', ' ')}).\nEnroll creators: microreach campaign add-creator ${campaign.id} instagram:HANDLE --workspace ${workspace.slug} --fee 300 --code CODE`,
      );
  },
};
