import { AppError } from '../../core/app-error.ts';
import { brandContentInputSchema } from '../../http/schemas/content.ts';
import { parseWith } from '../../http/validate.ts';
import { addContentPost } from '../../services/content/add-content-post.ts';
import { findCampaignByRef } from '../../storage/campaigns/find-campaign.ts';
import { findEnrollmentByRef } from '../../storage/campaigns/find-enrollment-by-ref.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage =
  'microreach content add --workspace W --campaign C --creator platform:handle --url URL --caption TEXT --posted-at ISO ' +
  '[--likes N] [--comments N] [--views N] [--impressions N] [--story] [--deliverable N] [--paid-partnership] [--json]';

const count = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new AppError('validation_failed', `--${name}: "${value}" is not a whole number`, [
      { path: name, message: 'not a whole number' },
    ]);
  return Number(value);
};

export const contentAddCommand: Command = {
  path: ['content', 'add'],
  usage,
  summary:
    "Record a creator's live post or story in a campaign: matched to a deliverable and checked against the terms.",
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      {
        workspace: { type: 'string' },
        campaign: { type: 'string' },
        creator: { type: 'string' },
        url: { type: 'string' },
        caption: { type: 'string' },
        'posted-at': { type: 'string' },
        likes: { type: 'string' },
        comments: { type: 'string' },
        views: { type: 'string' },
        impressions: { type: 'string' },
        deliverable: { type: 'string' },
        story: { type: 'boolean', default: false },
        'paid-partnership': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    if (!values.campaign || !values.creator || !values.url || !values['posted-at'])
      throw new AppError('bad_request', `--campaign, --creator, --url and --posted-at are required\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const campaign = await findCampaignByRef(db, workspace.id, values.campaign);
    if (!campaign) throw new AppError('not_found', `No campaign "${values.campaign}" in workspace ${workspace.slug}`);
    const input = parseWith(
      brandContentInputSchema,
      {
        creator: values.creator,
        url: values.url,
        kind: values.story ? 'story' : 'post',
        caption: values.caption ?? null,
        posted_at: values['posted-at'],
        deliverable: count('deliverable', values.deliverable),
        // Only a flag the user gives is known; without it the platform label is unknown, never "no label".
        is_paid_partnership: values['paid-partnership'] ? true : null,
        likes: count('likes', values.likes),
        comments: count('comments', values.comments),
        views: count('views', values.views),
        impressions: count('impressions', values.impressions),
      },
      'content',
    );
    const e = await findEnrollmentByRef(db, workspace.id, campaign.id, input.creator);
    const { creator: _, ...post } = input;
    const saved = await addContentPost(
      db,
      workspace.id,
      { campaignId: campaign.id, enrollmentId: e.id },
      post,
      'brand',
    );
    if (values.json) ctx.out(JSON.stringify({ ...saved, creator: input.creator, url: input.url }, null, 2));
    else
      ctx.out(
        `${saved.created ? 'Recorded' : 'Already recorded (new metric snapshot)'}: ${input.url} of ${input.creator}.`,
      );
  },
};
