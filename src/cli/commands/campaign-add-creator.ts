import { AppError } from '../../core/app-error.ts';
import { parsePercentToBps } from '../../core/money/commission.ts';
import { enrollCreatorSchema } from '../../core/campaigns/campaign-input.ts';
import { parseWith } from '../../http/validate.ts';
import { presentEnrollment } from '../../presenters/present-campaign.ts';
import { loadSecretKey } from '../../services/secrets/load-secret-key.ts';
import { codeSyncJob } from '../../services/codes/sync-code-job.ts';
import { runDueJobs } from '../../services/jobs/run-due-jobs.ts';
import { enrollCreator } from '../../services/campaigns/enroll-creator.ts';
import { findCampaignByRef } from '../../storage/campaigns/find-campaign.ts';
import { listEnrollments } from '../../storage/campaigns/list-enrollments.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { moneyOption } from '../money-option.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage =
  'microreach campaign add-creator CAMPAIGN platform:handle --workspace W [--fee 300] [--deal proposed|agreed|…] [--gifted 40] [--shipping 6] [--other 0] [--commission 10%] [--code CODE [--code-percent 20 | --code-amount 10] [--code-limit N] [--code-reusable]] [--link URL] [--key KEY] [--deliverable TEXT]… [--impressions N] [--engagements N] [--email E] [--json]';

export const campaignAddCreatorCommand: Command = {
  path: ['campaign', 'add-creator'],
  usage,
  summary:
    'Enroll a creator in a campaign with the costs (a proposed deal unless --deal agreed); gives them a tracked link and a discount code.',
  run: async (args, ctx) => {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        workspace: { type: 'string' },
        fee: { type: 'string' },
        deal: { type: 'string' },
        gifted: { type: 'string' },
        shipping: { type: 'string' },
        other: { type: 'string' },
        commission: { type: 'string' },
        code: { type: 'string' },
        'code-percent': { type: 'string' },
        'code-amount': { type: 'string' },
        'code-limit': { type: 'string' },
        'code-reusable': { type: 'boolean', default: false },
        link: { type: 'string' },
        key: { type: 'string' },
        deliverable: { type: 'string', multiple: true },
        impressions: { type: 'string' },
        engagements: { type: 'string' },
        email: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    const [ref, creator] = positionals;
    if (!ref || !creator || positionals.length > 2)
      throw new AppError('bad_request', `CAMPAIGN and platform:handle are required\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const campaign = await findCampaignByRef(db, workspace.id, ref);
    if (!campaign) throw new AppError('not_found', `No campaign "${ref}" in workspace ${workspace.slug}`);
    const commission = values.commission === undefined ? 0 : parsePercentToBps(values.commission);
    if (commission === undefined)
      throw new AppError('bad_request', `--commission must be a percentage such as 10%, got "${values.commission}"`);
    const cur = campaign.currency;
    const input = parseWith(
      enrollCreatorSchema,
      {
        creator,
        fee_minor: moneyOption('fee', values.fee, cur),
        gifted_minor: moneyOption('gifted', values.gifted, cur),
        shipping_minor: moneyOption('shipping', values.shipping, cur),
        other_cost_minor: moneyOption('other', values.other, cur),
        commission_bps: commission,
        code: values.code,
        code_percent_off: values['code-percent'] === undefined ? undefined : Number(values['code-percent']),
        code_amount_off_minor:
          values['code-amount'] === undefined ? undefined : moneyOption('code-amount', values['code-amount'], cur),
        code_usage_limit:
          values['code-limit'] === undefined ? undefined : intOption('code-limit', values['code-limit'], 1),
        code_once_per_customer: !values['code-reusable'],
        link_destination: values.link,
        link_key: values.key,
        deliverables: values.deliverable ?? [],
        email: values.email,
        ...(values.deal === undefined ? {} : { deal_status: values.deal }),
        impressions: values.impressions === undefined ? undefined : intOption('impressions', values.impressions, 0),
        engagements: values.engagements === undefined ? undefined : intOption('engagements', values.engagements, 0),
      },
      'enrollment',
    );
    const { enrollmentId, codeId } = await enrollCreator(db, workspace.id, campaign.id, input);
    // A one-shot command has no job worker: it runs the code's code.sync job (and any other due one of
    // this workspace) now. A store that does not answer leaves the job queued, retried by `serve`.
    if (codeId !== null) {
      const key = loadSecretKey(ctx.config);
      await runDueJobs(db, [codeSyncJob({ key: () => key })], { now: new Date(), workspaceId: workspace.id });
    }
    const row = (await listEnrollments(db, workspace.id, campaign.id)).find((e) => e.id === enrollmentId)!;
    const e = presentEnrollment(row, cur);
    if (values.json) ctx.out(JSON.stringify(e, null, 2));
    else
      ctx.out(
        `Enrolled ${e.account.platform}:${e.account.handle} in "${campaign.name}" (enrollment ${e.id}).\n  tracked link: ${e.link?.path} → ${e.link?.destination_url}\n  discount code: ${e.code ?? '(none)'}${e.code_sync ? ` (store: ${e.code_sync.status}${e.code_sync.error ? ` — ${e.code_sync.error}` : ''})` : ''}`,
      );
  },
};
